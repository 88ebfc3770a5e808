using Microsoft.AspNetCore.Http.HttpResults;
using Wayfinder.Bot.Onboarding.Enrollments;

namespace Wayfinder.Bot.Onboarding;

/// <summary><c>/api/onboarding/enrollments</c>: enrol (201, or 200 with the existing enrolment), look up, cancel.</summary>
internal static class OnboardingEndpoints
{
    public static async Task<Results<Created<EnrollmentView>, Ok<EnrollmentView>, ProblemHttpResult>> EnrollAsync(
        EnrollmentRequest? request, EnrollmentService service, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return TypedResults.Problem("The body must be a JSON enrolment.", statusCode: StatusCodes.Status400BadRequest, title: "Missing body");
        }

        var outcome = await service.EnrollAsync(request, cancellationToken).ConfigureAwait(false);
        return outcome switch
        {
            { Enrollment: { } view, Created: true } => TypedResults.Created($"/api/onboarding/enrollments/{view.Id}", view),
            { Enrollment: { } view } => TypedResults.Ok(view),
            _ => TypedResults.Problem(outcome.ProblemDetail, statusCode: StatusCodes.Status400BadRequest, title: outcome.ProblemTitle),
        };
    }

    public static async Task<Results<Ok<EnrollmentView>, NotFound>> GetAsync(string id, EnrollmentService service, CancellationToken cancellationToken) =>
        await service.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Results<NoContent, NotFound>> CancelAsync(string id, EnrollmentService service, CancellationToken cancellationToken) =>
        await service.CancelAsync(id, cancellationToken).ConfigureAwait(false) ? TypedResults.NoContent() : TypedResults.NotFound();
}
