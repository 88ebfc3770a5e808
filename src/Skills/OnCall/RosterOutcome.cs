namespace Wayfinder.Skills.OnCall;

/// <summary>How a roster lookup ended.</summary>
public enum RosterOutcome
{
    /// <summary>The provider answered (possibly with nobody on call).</summary>
    Found,

    /// <summary>The provider is down, timed out, refused or does not know the key.</summary>
    Unavailable,

    /// <summary>No credentials are configured for the provider.</summary>
    NotConfigured,
}
