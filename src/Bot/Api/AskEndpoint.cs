using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Bot.Api;

/// <summary><c>GET /api/ask?q=…</c> and <c>POST /api/ask</c> with <c>{"question": "…"}</c>: the <c>Answer</c> JSON.</summary>
internal static class AskEndpoint
{
    public static Task<Results<Ok<Answer>, ProblemHttpResult>> AskAsync(
        string? q, IQuestionAnswerer answerer, IOptions<ApiOptions> options, CancellationToken cancellationToken) =>
        AnswerAsync(q, "Query parameter 'q'", answerer, options.Value, cancellationToken);

    public static Task<Results<Ok<Answer>, ProblemHttpResult>> AskPostAsync(
        AskRequest? request, IQuestionAnswerer answerer, IOptions<ApiOptions> options, CancellationToken cancellationToken) =>
        AnswerAsync(request?.Question, "The field 'question'", answerer, options.Value, cancellationToken);

    private static async Task<Results<Ok<Answer>, ProblemHttpResult>> AnswerAsync(
        string? question, string what, IQuestionAnswerer answerer, ApiOptions options, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            return TypedResults.Problem($"{what} is required: the question to answer.", statusCode: StatusCodes.Status400BadRequest, title: "Missing question");
        }

        if (question.Length > options.MaxQuestionLength)
        {
            return TypedResults.Problem($"The question is longer than {options.MaxQuestionLength} characters.",
                statusCode: StatusCodes.Status400BadRequest, title: "Question too long");
        }

        return TypedResults.Ok(await answerer.AnswerAsync(new Question(question), cancellationToken).ConfigureAwait(false));
    }
}
