using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Bot.Cli;

/// <summary>
/// <c>ask ["question"] [--catalog PATH]... [--json]</c>: one answer as text (or JSON); with no question, one question
/// per line from standard input and one JSON answer per line on standard output, for batch use.
/// </summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string?>("question")
        {
            Description = "The question, as you would type it in chat. Omit it to read questions from standard input, one per line.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var catalogOption = CatalogCliOption.Create();
        var json = new Option<bool>("--json") { Description = "Print the answer as JSON (the same shape as GET /api/ask)." };
        var command = new Command("ask", "Ask a question: who owns X, docs or runbook for X, who is on call for X, ...") { question, catalogOption, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = CatalogCliOption.CreateHost(parse.GetValue(catalogOption));
            var catalog = host.Services.GetRequiredService<ICatalog>();
            var status = await catalog.ReloadAsync(cancellationToken).ConfigureAwait(false);
            if (status.State != CatalogState.Loaded)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"The catalog could not be loaded: {status.LastFailure}").ConfigureAwait(false);
                return 1;
            }

            var answerer = host.Services.GetRequiredService<IQuestionAnswerer>();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(question) is { } text)
            {
                var answer = await answerer.AnswerAsync(new Question(text), cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync(parse.GetValue(json) ? AnswerJson.SerializeIndented(answer) : PlainTextRenderer.Render(answer)).ConfigureAwait(false);
                return 0;
            }

            await AnswerLinesAsync(answerer, Console.In, output, cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    /// <summary>Batch mode: one JSON answer per input line (blank lines are skipped).</summary>
    public static async Task AnswerLinesAsync(IQuestionAnswerer answerer, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        while (await input.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var answer = await answerer.AnswerAsync(new Question(line), cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(AnswerJson.Serialize(answer)).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
