using Wayfinder.Bot.Onboarding.Enrollments;

namespace Wayfinder.Bot.Onboarding.Digest;

/// <summary>A new hire as the digest reads them: the enrolment, its nudges and its steps' Done state.</summary>
internal sealed record EnrolledHire(Enrollment Enrollment, IReadOnlyList<NudgeRecord> Nudges, IReadOnlyList<StepState> Steps);
