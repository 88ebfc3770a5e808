namespace Wayfinder.Catalog.Tests.Support;

/// <summary>
/// A fresh folder under the system temp folder for one test's catalog files; deleted on dispose.
/// Tests write real files here instead of faking the file system.
/// </summary>
internal sealed class TempCatalog : IDisposable
{
    public TempCatalog()
    {
        Root = Path.Combine(Path.GetTempPath(), "wayfinder-catalog-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The absolute path of the folder.</summary>
    public string Root { get; }

    /// <summary>The absolute path of <paramref name="relativePath"/> inside the folder (forward slashes allowed).</summary>
    public string PathOf(string relativePath) => Path.GetFullPath(Path.Combine(Root, relativePath));

    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) to <paramref name="relativePath"/>, creating folders; returns the absolute path.</summary>
    public string Write(string relativePath, string content)
    {
        var full = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    /// <summary>Writes raw bytes to <paramref name="relativePath"/>; returns the absolute path.</summary>
    public string WriteBytes(string relativePath, byte[] content)
    {
        var full = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open (e.g. an on-disk index not yet closed) must not fail the test; the OS cleans temp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
