namespace Wayfinder.Bench.Compare;

/// <summary>The one JSON line <c>lunr-answer.mjs</c> prints: the Lunr version, what it indexed and what it cost.</summary>
internal sealed record LunrSummary(string Lunr, int Documents, int Questions, double ParseMs, double BuildMs, double QueryMsTotal, long PeakRssBytes);
