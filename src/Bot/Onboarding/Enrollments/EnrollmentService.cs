using System.Globalization;
using Microsoft.Extensions.Options;
using Wayfinder.Bot.Onboarding.Plans;
using Wayfinder.Bot.Onboarding.Scheduling;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Onboarding;
using Wayfinder.Skills.Onboarding.Scheduling;

namespace Wayfinder.Bot.Onboarding.Enrollments;

/// <summary>
/// Enrols people: checks the request against the catalog and the plans, chooses the time zone (see
/// <see cref="EnrollmentTimeZones"/>), computes the schedule, stores it and hands it to Quartz. Enrolling someone who is
/// already enrolled returns their enrolment unchanged.
/// </summary>
internal sealed class EnrollmentService(
    ICatalog catalog, OnboardingPlans plans, EnrollmentStore store, NudgeScheduler scheduler, EnrollmentTimeZones timeZones,
    IOptions<OnboardingOptions> options, TimeProvider time)
    : IOnboardingSteps
{
    private static readonly TimeSpan LatestLateStart = TimeSpan.FromDays(90);

    public Task<EnrollmentOutcome> EnrollAsync(EnrollmentRequest request, CancellationToken cancellationToken) =>
        EnrollAsync(request, startToday: false, request.TimeZone, EnrollmentTimeZones.Request, cancellationToken);

    /// <summary>
    /// Enrols someone who has just arrived, in the plan for their groups, from today where they are (the schedule's day 1
    /// is the first workday from then). <paramref name="timeZone"/> is what the platform reported with the arrival, if anything.
    /// </summary>
    public Task<EnrollmentOutcome> EnrollFromTodayAsync(string email, string? timeZone, string timeZoneSource, CancellationToken cancellationToken) =>
        EnrollAsync(new EnrollmentRequest(email, null, null, null, null, null), startToday: true, timeZone, timeZoneSource, cancellationToken);

    private async Task<EnrollmentOutcome> EnrollAsync(
        EnrollmentRequest request, bool startToday, string? givenZone, string givenSource, CancellationToken cancellationToken)
    {
        var snapshot = catalog.Snapshot;
        if (Validate(request, snapshot, startToday) is { } refusal)
        {
            return refusal;
        }

        var person = EnrollmentPeople.FindUser(snapshot, request.Email!)!;
        var email = (person.Profile.Email ?? request.Email!).Trim().ToLowerInvariant();
        if (await store.FindActiveAsync(email, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return new EnrollmentOutcome(await ViewAsync(existing, cancellationToken).ConfigureAwait(false), Created: false);
        }

        var plan = request.Plan is { } id ? plans.Current.Find(id)! : EnrollmentPeople.PlanFor(snapshot, plans.Current, person, options.Value.DefaultPlan);
        if (plan is null)
        {
            return EnrollmentOutcome.Refused("No plan", "No onboarding plan is loaded for this person.");
        }

        var zone = await timeZones.ChooseAsync(email, givenZone, givenSource, cancellationToken).ConfigureAwait(false);
        var start = startToday ? LocalTime.Of(time.GetUtcNow(), zone.Zone).Date : DateOnly.ParseExact(request.StartDate!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var enrollment = new Enrollment(
            Guid.NewGuid().ToString("N"), email, person.Ref.ToString(), plan.Id, start, zone.Id, Ref(snapshot, request.Manager), Ref(snapshot, request.Buddy),
            time.GetUtcNow(), TimeZoneSource: zone.Source);
        var nudges = NudgeSchedule.Plan(plan, enrollment.StartDate, zone.Zone, Calendar(), time.GetUtcNow())
            .Select(n => new NudgeRecord(enrollment.Id, n.Id, n.Kind.ToString(), n.StepIds, n.LocalDate, n.DueUtc, NudgeStatus.Pending, 0, null))
            .ToList();
        if (!await store.AddAsync(enrollment, nudges, [.. plan.Steps.Select(s => s.Id)], cancellationToken).ConfigureAwait(false))
        {
            var raced = await store.FindActiveAsync(email, cancellationToken).ConfigureAwait(false);
            return new EnrollmentOutcome(raced is null ? null : await ViewAsync(raced, cancellationToken).ConfigureAwait(false), Created: false);
        }

        await scheduler.ScheduleAsync(nudges, cancellationToken).ConfigureAwait(false);
        return new EnrollmentOutcome(await ViewAsync(enrollment, cancellationToken).ConfigureAwait(false), Created: true);
    }

    public async Task<EnrollmentView?> GetAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is { } enrollment ? await ViewAsync(enrollment, cancellationToken).ConfigureAwait(false) : null;

    public async Task<bool> CancelAsync(string id, CancellationToken cancellationToken)
    {
        var nudges = await store.NudgesAsync(id, cancellationToken).ConfigureAwait(false);
        if (!await store.CancelAsync(id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        await scheduler.UnscheduleAsync(nudges, cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<bool> CompleteAsync(string enrollmentId, IReadOnlyList<string> stepIds, CancellationToken cancellationToken)
    {
        var completed = false;
        foreach (var step in stepIds)
        {
            completed |= await store.CompleteStepAsync(enrollmentId, step, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }

        return completed;
    }

    /// <summary>The calendar from the options: holidays and quiet hours.</summary>
    public WorkCalendar Calendar()
    {
        var calendar = new WorkCalendar(options.Value.Holidays.ToHashSet(), options.Value.QuietFrom, options.Value.QuietUntil);
        return options.Value.Workdays.Count > 0 ? calendar with { Workdays = options.Value.Workdays.ToHashSet() } : calendar;
    }

    private EnrollmentOutcome? Validate(EnrollmentRequest request, CatalogSnapshot snapshot, bool startToday)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || EnrollmentPeople.FindUser(snapshot, request.Email) is null)
        {
            return EnrollmentOutcome.Refused("Unknown person", $"No single user in the catalog has the email '{request.Email}'.");
        }

        if (!startToday && ValidateStart(request.StartDate) is { } badDate)
        {
            return badDate;
        }

        if (request.Plan is { } plan && plans.Current.Find(plan) is null)
        {
            return EnrollmentOutcome.Refused("Unknown plan", $"No onboarding plan '{plan}' is loaded; plans: {string.Join(", ", plans.Current.Plans.Select(p => p.Id))}.");
        }

        if (request.TimeZone is { } zone && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            return EnrollmentOutcome.Refused("Unknown time zone", $"'{zone}' is not an IANA time zone such as Europe/London.");
        }

        foreach (var (role, who) in new[] { ("manager", request.Manager), ("buddy", request.Buddy) })
        {
            if (who is not null && EnrollmentPeople.FindUser(snapshot, who) is null)
            {
                return EnrollmentOutcome.Refused("Unknown person", $"The {role} '{who}' is not a single user in the catalog.");
            }
        }

        return null;
    }

    private EnrollmentOutcome? ValidateStart(string? startDate)
    {
        if (!DateOnly.TryParseExact(startDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return EnrollmentOutcome.Refused("Bad date", "startDate must be a date written yyyy-MM-dd.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return start > today.AddDays((int)options.Value.MaxLeadTime.TotalDays) || start < today.AddDays(-(int)LatestLateStart.TotalDays)
            ? EnrollmentOutcome.Refused("Bad date", $"startDate must be within {options.Value.MaxLeadTime.TotalDays:0} days ahead and {LatestLateStart.TotalDays:0} days back.")
            : null;
    }

    private static string? Ref(CatalogSnapshot snapshot, string? who) => who is null ? null : EnrollmentPeople.FindUser(snapshot, who)?.Ref.ToString();

    private async Task<EnrollmentView> ViewAsync(Enrollment e, CancellationToken cancellationToken)
    {
        var nudges = await store.NudgesAsync(e.Id, cancellationToken).ConfigureAwait(false);
        var done = (await store.StepsAsync(e.Id, cancellationToken).ConfigureAwait(false)).Where(s => s.Done).Select(s => s.StepId).ToHashSet(StringComparer.Ordinal);
        var steps = nudges.Select(n => new EnrollmentStepView(
            n.NudgeId, n.Kind, n.StepIds, n.LocalDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), n.DueUtc, n.Status.ToString(),
            n.StepIds.Count > 0 && n.StepIds.All(done.Contains))).ToList();
        return new EnrollmentView(e.Id, e.Email, e.Person, e.Plan, e.StartDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), e.TimeZone,
            e.TimeZoneSource, e.Manager, e.Buddy, e.CancelledAt is not null, steps, [.. done.Order(StringComparer.Ordinal)]);
    }
}
