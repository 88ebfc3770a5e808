namespace Wayfinder.Bot.Onboarding.Delivery;

/// <summary>How a send went: delivered, worth retrying later, never going to work here, or this platform does not know the person.</summary>
internal enum NudgeDelivery
{
    Delivered,
    RetryLater,
    Impossible,
    UnknownPerson,
}
