using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.Asking;

/// <summary>Answers one intent from catalog facts. Skills are synchronous, pure functions of the request.</summary>
internal interface ISkill
{
    /// <summary>The intent answered (see <see cref="Intents"/>).</summary>
    string Intent { get; }

    /// <summary>Whether the skill answers about one entity.</summary>
    SubjectNeed Subject { get; }

    /// <summary>The answer.</summary>
    Answer Answer(SkillRequest request);
}
