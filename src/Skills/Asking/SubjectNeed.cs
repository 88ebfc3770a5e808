namespace Wayfinder.Skills.Asking;

/// <summary>Whether a skill answers about one entity.</summary>
internal enum SubjectNeed
{
    /// <summary>The skill needs an entity; without one the person is told what was not found.</summary>
    Required,

    /// <summary>The skill answers with or without an entity (tools: "what do we use for feature flags").</summary>
    Optional,

    /// <summary>The skill takes no entity (help, search).</summary>
    None,
}
