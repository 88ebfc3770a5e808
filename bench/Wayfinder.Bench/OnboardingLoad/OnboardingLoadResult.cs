using Wayfinder.Bench.Measuring;

namespace Wayfinder.Bench.OnboardingLoad;

/// <summary>What the onboarding load run measured.</summary>
internal sealed record OnboardingLoadResult(
    int Enrollments, int StepsEach, double EnrollSeconds, LatencyStats Enroll, long Triggers, long SchedulerBytes, long StateBytes,
    int Due, int Delivered, double DeliverySeconds);
