using Wayfinder.Bot.Tests.Support;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Wayfinder.Skills.Tests.Evaluation;

/// <summary>Reads an evaluation file from <c>Evaluation/</c> (copied next to the test assembly).</summary>
internal static class EvaluationSet
{
    public static IReadOnlyList<EvaluationCase> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Evaluation", fileName);
        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var cases = deserializer.Deserialize<List<EvaluationCase>>(File.ReadAllText(path));
        return cases.Count > 0 ? cases : throw new InvalidOperationException($"{path} holds no questions ({RepoPaths.Root}).");
    }
}
