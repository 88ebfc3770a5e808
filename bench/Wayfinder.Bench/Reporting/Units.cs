using System.Globalization;

namespace Wayfinder.Bench.Reporting;

/// <summary>Formats the numbers of the report: microseconds, milliseconds, seconds, megabytes (10⁶ bytes), shares.</summary>
internal static class Units
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Microseconds(double us) => us.ToString(us < 10 ? "F2" : "F1", Invariant) + " µs";

    public static string Milliseconds(double us) => (us / 1000).ToString(us < 10_000 ? "F2" : "F1", Invariant) + " ms";

    public static string Seconds(double s) => s.ToString("F2", Invariant) + " s";

    public static string Megabytes(long bytes) => bytes < 0 ? "n/a" : (bytes / 1_000_000.0).ToString("F0", Invariant) + " MB";

    public static string Count(int count) => count.ToString("N0", Invariant);

    public static string Share(double share) => share.ToString("P1", Invariant);
}
