using System.Text;

namespace Wayfinder.Catalog.Loading;

/// <summary>Reads a text file within a size bound, refusing binary content and invalid UTF-8.</summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Returns the text, or an error sentence saying why it cannot be used.</summary>
    public static async Task<(string? Text, string? Error)> ReadAsync(string fullPath, int maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                return (null, "file not found");
            }

            if (info.Length > maxBytes)
            {
                return (null, $"file is {info.Length:N0} bytes, larger than the {maxBytes:N0}-byte limit (Catalog:MaxFileBytes); not read");
            }

            var bytes = await File.ReadAllBytesAsync(fullPath, cancellationToken).ConfigureAwait(false);
            if (bytes.AsSpan().IndexOf((byte)0) >= 0)
            {
                return (null, "file contains NUL bytes; it is binary, not a YAML text file");
            }

            var text = StrictUtf8.GetString(bytes);
            return (text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text, null);
        }
        catch (DecoderFallbackException)
        {
            return (null, "file is not valid UTF-8 text");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"file cannot be read: {ex.Message}");
        }
    }
}
