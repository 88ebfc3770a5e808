namespace Wayfinder.Skills.Tests.Evaluation;

/// <summary>One question of the evaluation set and what a right answer contains (see the YAML files' fields).</summary>
public sealed class EvaluationCase
{
    public string Q { get; set; } = "";

    public string Intent { get; set; } = "";

    public string? Subject { get; set; }

    public List<string> Alternatives { get; set; } = [];

    public List<string> Refs { get; set; } = [];

    public bool Unknown { get; set; }

    /// <summary>The file and question, for failure messages.</summary>
    public override string ToString() => $"\"{Q}\"";
}
