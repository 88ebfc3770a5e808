using System.Text.RegularExpressions;

namespace Wayfinder.Skills.Understanding;

/// <summary>
/// Ways of asking for one intent, as one expression, with how the intent changes once the subject's kind is known
/// ("who is on X" asks for members of a group, but for the owner of a component).
/// </summary>
/// <param name="Intent">The intent when the subject's kind does not change it.</param>
/// <param name="Pattern">The compiled cues; the subject phrase is group <c>s</c>.</param>
/// <param name="ByKind">Intent by the resolved subject's kind (lower-case kind, or <c>*</c> for any other kind).</param>
internal sealed record CueSet(string Intent, Regex Pattern, IReadOnlyDictionary<string, string> ByKind)
{
    /// <summary>
    /// True when the subject describes a need ("what do we use for feature flags") rather than naming something:
    /// the skill is asked first without a subject, and the phrase is resolved as a name only when that finds nothing.
    /// </summary>
    public bool IsNeed { get; init; }

    /// <summary>The intent for a subject of <paramref name="kind"/>.</summary>
    public string IntentFor(string kind) =>
        ByKind.TryGetValue(kind, out var intent) || ByKind.TryGetValue("*", out intent) ? intent : Intent;
}
