namespace Wayfinder.Skills.Tests.Support;

/// <summary><see cref="DocPagesCatalog"/> with pages found carrying GitHub addresses, as the GitHub source gives them.</summary>
public sealed class PublishedDocPagesCatalog() : DocPagesCatalog(published: true);
