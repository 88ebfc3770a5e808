using System.CommandLine;

namespace Wayfinder.Bot.Cli;

/// <summary>The command-line verbs of the one Wayfinder binary; anything else starts the server.</summary>
public static class CliSetup
{
    private static readonly HashSet<string> CliWords = new(StringComparer.Ordinal)
    {
        "ask", "validate", "search", "--help", "-h", "-?", "--version",
    };

    /// <summary>True when the arguments name a CLI verb (or ask for help) rather than the server.</summary>
    public static bool IsCliInvocation(string[] args) => args.Length > 0 && CliWords.Contains(args[0]);

    /// <summary>The arguments for the server: everything, minus a leading <c>serve</c>.</summary>
    public static string[] ServerArgs(string[] args) => args is ["serve", .. var rest] ? rest : args;

    /// <summary>Parses and runs a CLI invocation; returns the process exit code.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        var root = new RootCommand("Wayfinder answers who owns what, where the docs and runbooks are, and who is on call, from a Backstage-format catalog.")
        {
            AskCommand.Create(),
            ValidateCommand.Create(),
            SearchCommand.Create(),
            new Command("serve", "Run the bot's server (the default when no verb is given); ASP.NET Core options such as --urls apply."),
        };
        var configuration = new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
        };
        return root.Parse(args).InvokeAsync(configuration);
    }
}
