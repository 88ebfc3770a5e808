namespace Wayfinder.Skills.Tests.Support;

/// <summary>A catalog of one descriptor file written from <paramref name="yaml"/> into a temp folder, removed with the catalog.</summary>
/// <param name="yaml">The file's text: one or more descriptors.</param>
public abstract class InlineCatalog(string yaml) : AskingCatalog
{
    private readonly TempFolder _folder = new();

    protected override IEnumerable<string> Paths() => [_folder.Write("catalog.yaml", yaml)];

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _folder.Dispose();
        }

        base.Dispose(disposing);
    }
}
