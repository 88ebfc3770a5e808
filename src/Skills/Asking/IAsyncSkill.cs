using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.Asking;

/// <summary>
/// A skill whose answer may need a live source beside the catalog (e.g. who is on call now). The answerer awaits
/// <see cref="AnswerAsync"/> when the subject is resolved; <see cref="ISkill.Answer"/> stays the catalog-only answer.
/// </summary>
internal interface IAsyncSkill : ISkill
{
    /// <summary>The answer, with live facts where the sources answer.</summary>
    ValueTask<Answer> AnswerAsync(SkillRequest request, CancellationToken cancellationToken);
}
