using System.Globalization;

namespace Wayfinder.Bench.Generation;

/// <summary>Writes generated entities as Backstage descriptor documents (<c>---</c>-separated) in block style.</summary>
internal static class DescriptorWriter
{
    private const string ApiVersion = "backstage.io/v1alpha1";

    public static void Write(TextWriter writer, DraftEntity entity)
    {
        writer.WriteLine("---");
        writer.WriteLine($"apiVersion: {ApiVersion}");
        writer.WriteLine($"kind: {entity.Kind}");
        writer.WriteLine("metadata:");
        WriteMetadata(writer, entity);
        writer.WriteLine("spec:");
        foreach (var (key, value) in entity.Spec)
        {
            WriteSpecValue(writer, key, value);
        }
    }

    private static void WriteMetadata(TextWriter writer, DraftEntity entity)
    {
        writer.WriteLine($"  name: {YamlScalar.Format(entity.Name)}");
        WriteOptional(writer, "  title", entity.Title);
        WriteOptional(writer, "  description", entity.Description);
        if (entity.Annotations.Count > 0)
        {
            writer.WriteLine("  annotations:");
            entity.Annotations.ForEach(a => writer.WriteLine($"    {a.Key}: {YamlScalar.Format(a.Value)}"));
        }

        if (entity.Tags.Count > 0)
        {
            writer.WriteLine("  tags:");
            entity.Tags.Distinct(StringComparer.Ordinal).ToList().ForEach(tag => writer.WriteLine($"    - {YamlScalar.Format(tag)}"));
        }

        if (entity.Links.Count > 0)
        {
            writer.WriteLine("  links:");
            entity.Links.ForEach(link => WriteLink(writer, link));
        }
    }

    private static void WriteLink(TextWriter writer, DraftLink link)
    {
        writer.WriteLine($"    - url: {YamlScalar.Format(link.Url)}");
        writer.WriteLine($"      title: {YamlScalar.Format(link.Title)}");
        WriteOptional(writer, "      icon", link.Icon);
        writer.WriteLine($"      type: {YamlScalar.Format(link.Type)}");
    }

    private static void WriteSpecValue(TextWriter writer, string key, SpecValue value)
    {
        switch (value)
        {
            case SpecValue.Text text:
                writer.WriteLine($"  {key}: {YamlScalar.Format(text.Value)}");
                break;
            case SpecValue.Items { Values.Count: 0 }:
                writer.WriteLine($"  {key}: []");
                break;
            case SpecValue.Items items:
                writer.WriteLine($"  {key}:");
                items.Values.ToList().ForEach(item => writer.WriteLine($"    - {YamlScalar.Format(item)}"));
                break;
            case SpecValue.Fields fields:
                writer.WriteLine($"  {key}:");
                fields.Values.ToList().ForEach(field => writer.WriteLine($"    {field.Key}: {YamlScalar.Format(field.Value)}"));
                break;
            case SpecValue.Block block:
                writer.WriteLine($"  {key}: |");
                foreach (var line in block.Value.TrimEnd('\n').Split('\n'))
                {
                    writer.WriteLine(line.Length == 0 ? string.Empty : $"    {line}");
                }

                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value, string.Create(CultureInfo.InvariantCulture, $"unknown spec value for {key}"));
        }
    }

    private static void WriteOptional(TextWriter writer, string key, string? value)
    {
        if (value is not null)
        {
            writer.WriteLine($"{key}: {YamlScalar.Format(value)}");
        }
    }
}
