namespace Wayfinder.Skills.Answers;

/// <summary>The intent names an <see cref="Answer"/> carries; stable, part of the JSON contract.</summary>
public static class Intents
{
    public const string Owner = "owner";
    public const string Members = "members";
    public const string OwnedBy = "owned-by";
    public const string Describe = "describe";
    public const string Docs = "docs";
    public const string Runbook = "runbook";
    public const string OnCall = "on-call";
    public const string Dependencies = "dependencies";
    public const string Dependents = "dependents";
    public const string Apis = "apis";
    public const string Parts = "parts";
    public const string Placement = "placement";
    public const string Person = "person";
    public const string Tools = "tools";
    public const string Help = "help";
    public const string Search = "search";
    public const string Unknown = "unknown";
}
