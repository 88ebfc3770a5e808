using Wayfinder.Skills.Tests.Support;
using Xunit.Abstractions;

namespace Wayfinder.Skills.Tests.Evaluation;

/// <summary>
/// The evaluation set: questions written the way people ask in chat, over the sample catalog and over Backstage's
/// example catalog, each with its expected intent, subject (or alternatives) and key refs. Prints accuracy per
/// intent and every miss; fails below <see cref="RequiredAccuracy"/> overall.
/// </summary>
public sealed class EvaluationTests(PantrypostCatalog pantrypost, BackstageExampleCatalog examples, ITestOutputHelper output) : IClassFixture<PantrypostCatalog>, IClassFixture<BackstageExampleCatalog>
{
    private const double RequiredAccuracy = 0.95;

    [Fact]
    public void AnswerAsync_EvaluationSet_AtLeast95PercentRightOverall()
    {
        var report = new EvaluationReport();
        Run(report, pantrypost, "pantrypost.yaml");
        Run(report, examples, "backstage-examples.yaml");

        output.WriteLine(report.ToString());
        Assert.True(report.Count >= 200, $"The evaluation set has {report.Count} questions; it needs at least 200.");
        Assert.True(report.Accuracy >= RequiredAccuracy, $"Accuracy {report.Accuracy:P1} is below {RequiredAccuracy:P0}.\n{report}");
    }

    private static void Run(EvaluationReport report, AskingCatalog catalog, string file)
    {
        foreach (var evaluationCase in EvaluationSet.Load(file))
        {
            report.Add(evaluationCase, EvaluationScore.Mismatch(evaluationCase, catalog.Ask(evaluationCase.Q)));
        }
    }
}
