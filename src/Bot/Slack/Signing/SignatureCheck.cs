namespace Wayfinder.Bot.Slack.Signing;

/// <summary>The outcome of checking a request's signature; only the category is ever logged.</summary>
internal enum SignatureCheck
{
    Valid,
    MissingHeaders,
    Stale,
    Mismatch,
    TooLarge,
}
