using Wayfinder.Skills.Answers;

namespace Wayfinder.Skills.Asking;

/// <summary>Answers a question from the current catalog: understanding, entity resolution, then the intent's skill.</summary>
public interface IQuestionAnswerer
{
    /// <summary>
    /// The answer to <paramref name="question"/>. Never throws for anything a person can type: empty, hostile or
    /// unanswerable questions get a polite answer.
    /// </summary>
    ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken);
}
