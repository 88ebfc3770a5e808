using System.Buffers;
using System.Text;

namespace Wayfinder.Catalog.Loading;

/// <summary>
/// Reads a text file within a size bound, refusing binary content and invalid UTF-8. Catalog descriptors and
/// substitutions are read here, and so are onboarding plans.
/// </summary>
public static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The limit as the catalog's error sentences name it.</summary>
    public const string CatalogLimit = "(Catalog:MaxFileBytes)";

    /// <summary>Returns the text, or an error sentence saying why it cannot be used.</summary>
    /// <param name="fullPath">The file.</param>
    /// <param name="maxBytes">The largest file read.</param>
    /// <param name="limitName">How the error sentence names the limit, after "the N-byte limit".</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static async Task<(string? Text, string? Error)> ReadAsync(string fullPath, int maxBytes, string limitName, CancellationToken cancellationToken)
    {
        var (chars, length, error) = await ReadCharsAsync(fullPath, maxBytes, limitName, cancellationToken).ConfigureAwait(false);
        if (chars is null)
        {
            return (null, error);
        }

        var text = new string(chars, 0, length);
        ArrayPool<char>.Shared.Return(chars);
        return (text, null);
    }

    /// <summary>
    /// Returns the text in a pooled buffer (the caller returns it to <see cref="ArrayPool{T}.Shared"/>), without a
    /// byte-order mark, or an error sentence. Descriptor files are parsed from here: as strings, each file was a
    /// large object of its own, and their turnover made the collector run full collections during loads.
    /// </summary>
    public static async Task<(char[]? Chars, int Length, string? Error)> ReadCharsAsync(
        string fullPath, int maxBytes, string limitName, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(fullPath);
            if (!info.Exists)
            {
                return (null, 0, "file not found");
            }

            if (info.Length > maxBytes)
            {
                return (null, 0, $"file is {info.Length:N0} bytes, larger than the {maxBytes:N0}-byte limit {limitName}; not read");
            }

            // Files are read into pooled buffers: a catalog is hundreds of files of large-object size, and a fresh
            // buffer for each one made the collector run full collections while the catalog was loading.
            var (buffer, length) = await ReadAtMostAsync(fullPath, info.Length, maxBytes, cancellationToken).ConfigureAwait(false);
            try
            {
                return length < 0
                    ? (null, 0, $"file is larger than the {maxBytes:N0}-byte limit {limitName}; not read")
                    : Decode(buffer.AsSpan(0, length));
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        catch (DecoderFallbackException)
        {
            return (null, 0, "file is not valid UTF-8 text");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, 0, $"file cannot be read: {ex.Message}");
        }
    }

    private static (char[]? Chars, int Length, string? Error) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IndexOf((byte)0) >= 0)
        {
            return (null, 0, "file contains NUL bytes; it is binary, not a YAML text file");
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(StrictUtf8.GetCharCount(bytes), 1));
        var length = StrictUtf8.GetChars(bytes, chars);
        if (length > 0 && chars[0] == '\uFEFF')
        {
            Array.Copy(chars, 1, chars, 0, --length);
        }

        return (chars, length, null);
    }

    /// <summary>
    /// Reads the file into a pooled buffer (the caller returns it), giving the length read, or -1 past
    /// <paramref name="maxBytes"/>. The size a file reports is only a first guess: devices such as <c>/dev/zero</c>
    /// report 0 and never end, and a file may grow after it was measured.
    /// </summary>
    private static async Task<(byte[] Buffer, int Length)> ReadAtMostAsync(
        string fullPath, long reportedSize, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(reportedSize + 1, maxBytes + 1L));
        var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0, useAsync: true);
        await using (stream.ConfigureAwait(false))
        {
            var length = 0;
            int read;
            while ((read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return (buffer, -1);
                }

                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, maxBytes + 1L));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return (buffer, length);
        }
    }
}
