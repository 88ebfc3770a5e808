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

            var bytes = await ReadAtMostAsync(fullPath, maxBytes, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return (null, $"file is larger than the {maxBytes:N0}-byte limit (Catalog:MaxFileBytes); not read");
            }

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

    /// <summary>
    /// The file's bytes, or <c>null</c> past <paramref name="maxBytes"/>. The size a file reports is not trusted:
    /// devices such as <c>/dev/zero</c> report 0 and never end, and a file may grow after it was measured.
    /// </summary>
    private static async Task<byte[]?> ReadAtMostAsync(string fullPath, int maxBytes, CancellationToken cancellationToken)
    {
        var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            using var content = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (content.Length + read > maxBytes)
                {
                    return null;
                }

                content.Write(chunk, 0, read);
            }

            return content.ToArray();
        }
    }
}
