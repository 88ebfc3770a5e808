using System.Diagnostics;
using System.Globalization;

namespace Wayfinder.Bench.Measuring;

/// <summary>Reads this process's memory: resident set now and at its peak (Linux <c>/proc/self/status</c>), and the GC's view.</summary>
internal static class MemoryProbe
{
    /// <summary><c>VmHWM</c>: the peak resident set size in bytes, or -1 when not on Linux.</summary>
    public static long PeakRss() => ReadStatus("VmHWM:");

    /// <summary><c>VmRSS</c>: the resident set size now in bytes, or -1 when not on Linux.</summary>
    public static long CurrentRss() => ReadStatus("VmRSS:");

    /// <summary>Resets <c>VmHWM</c> to the current RSS (Linux 4.0+: <c>echo 5 &gt; /proc/self/clear_refs</c>), so a later <see cref="PeakRss"/> is the peak since now.</summary>
    public static bool ResetPeakRss()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary><see cref="Process.PeakWorkingSet64"/>, read fresh.</summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    /// <summary>The 1-, 5- and 15-minute load averages (<c>/proc/loadavg</c>), or <c>n/a</c>: other work on the machine skews timings.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static long ReadStatus(string field)
    {
        const string Status = "/proc/self/status";
        if (!File.Exists(Status))
        {
            return -1;
        }

        var line = File.ReadLines(Status).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var kilobytes = line?[field.Length..].Trim().Split(' ')[0];
        return kilobytes is null ? -1 : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}
