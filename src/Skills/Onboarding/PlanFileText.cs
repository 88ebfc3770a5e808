using System.Text;

namespace Wayfinder.Skills.Onboarding;

/// <summary>Reads a plan file as UTF-8 text within <see cref="PlanLoader.MaxFileBytes"/>, or says why it cannot be used.</summary>
internal static class PlanFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (string? Text, string? Error) Read(string fullPath)
    {
        try
        {
            return TooLarge(fullPath) is { } error ? (null, error) : Decode(File.ReadAllBytes(fullPath));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"file cannot be read: {ex.Message}");
        }
    }

    public static async Task<(string? Text, string? Error)> ReadAsync(string fullPath, CancellationToken cancellationToken)
    {
        try
        {
            return TooLarge(fullPath) is { } error
                ? (null, error)
                : Decode(await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"file cannot be read: {ex.Message}");
        }
    }

    private static string? TooLarge(string fullPath)
    {
        var length = new FileInfo(fullPath).Length;
        return length > PlanLoader.MaxFileBytes
            ? $"file is {length:N0} bytes, larger than the {PlanLoader.MaxFileBytes:N0}-byte limit for onboarding plans; not read"
            : null;
    }

    private static (string? Text, string? Error) Decode(byte[] bytes)
    {
        if (bytes.Length > PlanLoader.MaxFileBytes)
        {
            return (null, $"file is larger than the {PlanLoader.MaxFileBytes:N0}-byte limit for onboarding plans; not read");
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            return (null, "file contains NUL bytes; it is binary, not a YAML text file");
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            return (text.StartsWith('\uFEFF') ? text[1..] : text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "file is not valid UTF-8 text");
        }
    }
}
