namespace Wayfinder.Skills.Tests.Support;

/// <summary>A fresh folder under the system temp folder for one test's files, deleted on dispose; tests write real files here.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "wayfinder-skills-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The absolute path of the folder.</summary>
    public string Root { get; }

    /// <summary>Writes <paramref name="content"/> (UTF-8, no BOM) to <paramref name="relativePath"/>, creating folders; returns the absolute path.</summary>
    public string Write(string relativePath, string content)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
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
            // A file still open must not fail the test; the OS cleans temp.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
