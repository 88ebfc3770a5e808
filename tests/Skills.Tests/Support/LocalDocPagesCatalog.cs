namespace Wayfinder.Skills.Tests.Support;

/// <summary><see cref="DocPagesCatalog"/> as loaded from local files: pages without web addresses.</summary>
public sealed class LocalDocPagesCatalog() : DocPagesCatalog(published: false);
