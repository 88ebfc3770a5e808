namespace Wayfinder.Bench.Generation;

/// <summary>One <c>metadata.links</c> entry of a generated descriptor.</summary>
internal sealed record DraftLink(string Url, string Title, string? Icon, string Type);
