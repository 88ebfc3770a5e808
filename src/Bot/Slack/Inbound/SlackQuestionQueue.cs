using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Wayfinder.Bot.Slack.Inbound;

/// <summary>Questions acknowledged to Slack and waiting for the worker; bounded, so a flood is refused rather than buffered without end.</summary>
internal sealed class SlackQuestionQueue(IOptions<SlackOptions> options)
{
    private readonly Channel<SlackQuestion> _questions = Channel.CreateBounded<SlackQuestion>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    /// <summary>False when the queue is full (the request then fails and Slack retries later).</summary>
    public bool TryEnqueue(SlackQuestion question) => _questions.Writer.TryWrite(question);

    public IAsyncEnumerable<SlackQuestion> ReadAllAsync(CancellationToken cancellationToken) => _questions.Reader.ReadAllAsync(cancellationToken);
}
