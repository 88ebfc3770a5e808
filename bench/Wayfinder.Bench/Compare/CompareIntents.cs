namespace Wayfinder.Bench.Compare;

/// <summary>
/// The three intents the comparison asks, and the paraphrases people type them with: <c>{0}</c> is the name, <c>{1}</c>
/// a word for its kind that fits it (<c>service</c>, <c>API</c>, <c>system</c>, <c>database</c>, …).
/// </summary>
internal static class CompareIntents
{
    public const string Owner = "owner";
    public const string Docs = "docs";
    public const string Runbook = "runbook";

    public static IReadOnlyList<string> All { get; } = [Owner, Docs, Runbook];

    public static IReadOnlyList<string> Templates(string intent) => intent switch
    {
        Owner => OwnerTemplates,
        Docs => DocsTemplates,
        _ => RunbookTemplates,
    };

    private static readonly string[] OwnerTemplates =
    [
        "who owns {0}", "who owns {0}?", "who maintains the {0} {1}?", "{0} owner", "which team is responsible for {0}",
        "who is the owner of {0}?", "owner of the {0} {1}", "hey, who looks after {0}?", "{0} is owned by which team?",
    ];

    private static readonly string[] DocsTemplates =
    [
        "docs for {0}", "where are the docs for {0}?", "documentation for the {0} {1}", "{0} docs", "where can I read about {0}?",
        "how do I use the {0} {1}?", "readme for {0}", "is there a guide for {0}?",
    ];

    private static readonly string[] RunbookTemplates =
    [
        "runbook for {0}", "{0} is down, what do I do?", "{0} runbook", "where is the runbook for the {0} {1}?", "{0} is broken",
        "playbook for {0}", "how do I fix the {0} {1}?", "incident on {0}",
    ];
}
