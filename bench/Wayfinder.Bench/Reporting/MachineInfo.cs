using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Wayfinder.Bench.Reporting;

/// <summary>The machine and runtime the numbers come from.</summary>
internal sealed record MachineInfo(int Cores, string? CpuModel, long MemoryBytes, string Os, string Runtime, string Architecture, bool ServerGc)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name"),
        ReadMemTotal() ?? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes,
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        RuntimeInformation.ProcessArchitecture.ToString(),
        GCSettings.IsServerGC);

    /// <summary>One line, e.g. <c>2 cores (AMD EPYC …), 23.5 GiB RAM, Linux …, .NET 10.0.1, X64, workstation GC</c>.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Cores} cores{(CpuModel is null ? string.Empty : $" ({CpuModel})")}, {MemoryBytes / 1024.0 / 1024 / 1024:F1} GiB RAM, {Os}, {Runtime}, {Architecture}, {(ServerGc ? "server" : "workstation")} GC");

    private static long? ReadMemTotal() =>
        ProcField("/proc/meminfo", "MemTotal") is { } text
            ? long.Parse(text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0], CultureInfo.InvariantCulture) * 1024
            : null;

    private static string? ProcField(string path, string field)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal));
        var colon = line?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon < 0 ? null : line![(colon + 1)..].Trim();
    }
}
