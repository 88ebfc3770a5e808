using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Wayfinder.Catalog.Descriptors;

/// <summary>
/// Reads a YAML stream into <see cref="DescriptorDocument"/>s.
/// </summary>
/// <remarks>
/// Written over YamlDotNet's event parser rather than its <c>YamlStream</c> object model because that model
/// builds nested nodes recursively with no depth bound (a deep document overflows the stack and kills the
/// process) and gives no budget for alias expansion. Here the tree is built with an explicit stack, depth and
/// expanded size are bounded per document, and a rejected document is skipped without losing the next one, except
/// after nesting deeper than the limit: the rest of that file is not read (scanning it costs time quadratic in depth).
/// Texts entirely in plain block YAML, nearly every descriptor file, are read by <see cref="BlockYamlReader"/> instead,
/// to the same nodes at a fraction of the allocation; YamlDotNet reads everything else and reports every error.
/// </remarks>
public static class DescriptorReader
{
    /// <summary>Reads every non-empty document of <paramref name="yaml"/>.</summary>
    public static IReadOnlyList<DescriptorDocument> Read(string yaml, DescriptorLimits limits) => Read(yaml.AsMemory(), limits);

    /// <summary>Reads every non-empty document of <paramref name="yaml"/>; the nodes keep no reference to it.</summary>
    public static IReadOnlyList<DescriptorDocument> Read(ReadOnlyMemory<char> yaml, DescriptorLimits limits) =>
        BlockYamlReader.TryRead(yaml, limits) ?? ReadEvents(yaml.ToString(), limits);

    /// <summary>Reads with YamlDotNet's parser: any YAML, every error reported.</summary>
    internal static IReadOnlyList<DescriptorDocument> ReadEvents(string yaml, DescriptorLimits limits)
    {
        var documents = new List<DescriptorDocument>();
        var scanner = new Scanner(new StringReader(yaml), skipComments: true);
        var parser = new Parser(scanner);
        try
        {
            var strings = new StringPool();
            parser.Consume<StreamStart>();
            var stopped = false;
            while (!stopped && parser.TryConsume<DocumentStart>(out _))
            {
                var builder = new DocumentBuilder(limits, strings);
                if (builder.Build(parser) is { } document)
                {
                    documents.Add(document);
                }

                stopped = builder.StoppedReading;
            }
        }
        catch (YamlException ex)
        {
            documents.Add(SyntaxError(ex.Start, Describe(ex)));
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this instead of a YamlException for some malformed input, e.g. a flow list left open
            // before the next block line ("tags: [a, b" then "owner: x"); report it where the scanner stopped.
            documents.Add(SyntaxError(scanner.CurrentPosition, "malformed YAML here (an unclosed '[' or '{' above?)"));
        }

        return documents;
    }

    private static DescriptorDocument SyntaxError(Mark at, string message) =>
        new(null, new DescriptorReadError((int)at.Line, (int)at.Column, $"YAML syntax error: {message}"));

    private static string Describe(YamlException ex)
    {
        // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (…): "; the position is reported separately.
        var message = ex.InnerException?.Message ?? ex.Message;
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }
}
