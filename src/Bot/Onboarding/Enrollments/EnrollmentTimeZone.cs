namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>The time zone an enrolment is scheduled in, and where it came from.</summary>
/// <param name="Id">IANA time zone id.</param>
/// <param name="Source"><c>slack</c> (the person's chat profile), <c>request</c> (given with the enrolment), <c>teams</c> (the Teams client, for automatic enrolment) or <c>default</c>.</param>
/// <param name="Zone">The zone itself.</param>
internal sealed record EnrollmentTimeZone(string Id, string Source, TimeZoneInfo Zone);
