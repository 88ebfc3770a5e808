using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;
using Wayfinder.Bot.Onboarding;
using Wayfinder.Bot.Onboarding.AutoEnroll;
using Wayfinder.Bot.Teams;
using Wayfinder.Bot.Tests.Support;
using Wayfinder.Catalog;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Bot.Tests.Teams;

/// <summary>
/// Every Bot Framework code path Wayfinder uses, through Bot Framework's own <c>TestAdapter</c>/<c>TestFlow</c>: the
/// handler's routing (messages, card clicks, install and uninstall, being added), mention removal, card attachments,
/// conversation references and <c>ContinueConversationAsync</c>, the roster lookup, and building the authentication
/// and <c>CloudAdapter</c> both ways. If an assembly of BotFramework.props were missing, these would fail.
/// </summary>
public sealed class TeamsSdkTests : IAsyncLifetime, IDisposable
{
    private readonly InMemoryConversationStore _store = new();
    private readonly RecordingOnboardingSteps _onboarding = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2026-11-24T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
    private ServiceProvider _services = null!;
    private TeamsBot _bot = null!;

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddCatalog(loadOnStart: false);
        services.AddSkills();
        services.Configure<CatalogOptions>(o => o.Paths = [RepoPaths.BackstageAll, RepoPaths.BackstageOrg]);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<ICatalog>().ReloadAsync(CancellationToken.None);
        var members = new TeamsMemberDirectory(_time, NullLogger<TeamsMemberDirectory>.Instance);
        var newcomers = new TeamsNewcomers(new NewcomerQueue(Options.Create(new OnboardingOptions())), members, NullLogger<TeamsNewcomers>.Instance);
        _bot = new TeamsBot(_services.GetRequiredService<IQuestionAnswerer>(), new TeamsConversations(_store, members, _time), _onboarding, members, newcomers, []);
    }

    [Fact]
    public async Task Message_WithMention_AnsweredAsAnAdaptiveCard()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        var mention = new Activity(ActivityTypes.Message)
        {
            Text = "<at>Wayfinder</at> who owns artist-lookup",
            Entities = [new Mention { Text = "<at>Wayfinder</at>", Mentioned = new ChannelAccount("bot", "Wayfinder") }],
        };

        await new TestFlow(adapter, _bot)
            .Send(mention)
            .AssertReply(reply =>
            {
                var attachment = Assert.Single(reply.AsMessageActivity().Attachments);
                Assert.Equal(AdaptiveCardRenderer.ContentType, attachment.ContentType);
                Assert.Contains("team-a", ((JObject)attachment.Content).Value<string>("fallbackText"), StringComparison.Ordinal);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task Message_MentionOfAPersonAndAMalformedMention_PersonKeptBotRemovedNoFailure()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        var message = new Activity(ActivityTypes.Message)
        {
            Text = "<at>Wayfinder</at> which team is <at>Janelle Dawe</at> on",
            Entities =
            [
                new Mention { Text = "<at>Wayfinder</at>", Mentioned = new ChannelAccount("bot", "Wayfinder") },
                new Mention { Text = "<at>Janelle Dawe</at>", Mentioned = new ChannelAccount("29:janelle", "Janelle Dawe") },
                new Entity("mention"),
            ],
        };

        await new TestFlow(adapter, _bot)
            .Send(message)
            .AssertReply(reply => Assert.Contains("Janelle Dawe", ((JObject)reply.AsMessageActivity().Attachments[0].Content).Value<string>("fallbackText"), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Message_CardClick_AnswersTheQuestionForThePickedRef()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        var click = new Activity(ActivityTypes.Message)
        {
            Value = new JObject { ["verb"] = "pick", ["ref"] = "component:default/petstore", ["question"] = "who owns petstore" },
        };

        await new TestFlow(adapter, _bot)
            .Send(click)
            .AssertReply(reply =>
                Assert.StartsWith("petstore is owned by", ((JObject)reply.AsMessageActivity().Attachments[0].Content).Value<string>("fallbackText"), StringComparison.Ordinal))
            .StartTestAsync();
    }

    [Fact]
    public async Task Message_DoneClickOnANudge_StepsCompletedAndConfirmed()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        var click = new Activity(ActivityTypes.Message) { Value = new JObject { ["verb"] = "done", ["enrollment"] = "e1", ["steps"] = new JArray("laptop", "accounts") } };

        await new TestFlow(adapter, _bot)
            .Send(click)
            .AssertReply(reply => Assert.StartsWith("Done", reply.AsMessageActivity().Text, StringComparison.Ordinal))
            .StartTestAsync();

        var (enrollment, steps) = Assert.Single(_onboarding.Completed);
        Assert.Equal("e1", enrollment);
        Assert.Equal(["laptop", "accounts"], steps);
    }

    [Fact]
    public async Task InstallationUpdate_AddThenRemove_ReferenceCapturedThenRevoked()
    {
        var adapter = new TestAdapter(Channels.Msteams);

        await new TestFlow(adapter, _bot)
            .Send(new Activity(ActivityTypes.InstallationUpdate) { Action = "add" })
            .StartTestAsync();
        var key = Assert.Single(_store.Saved.Keys);
        Assert.False(_store.Saved[key].Revoked);

        await new TestFlow(adapter, _bot)
            .Send(new Activity(ActivityTypes.InstallationUpdate) { Action = "remove" })
            .StartTestAsync();
        Assert.True(_store.Saved[key].Revoked);
    }

    [Fact]
    public async Task ConversationUpdate_OnlyWhenTheBotIsAdded_ReferenceCapturedAndUsableForContinueConversation()
    {
        var adapter = new TestAdapter(Channels.Msteams);
        var added = new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [new ChannelAccount("bot", "Wayfinder")] };
        await new TestFlow(adapter, _bot).SendConversationUpdate().Send(added).StartTestAsync();
        var stored = Assert.Single(_store.Saved.Values);

        var reference = TeamsConversations.Read(stored);
        await adapter.ContinueConversationAsync("bot", reference, (turn, ct) => turn.SendActivityAsync("nudge", cancellationToken: ct), CancellationToken.None);

        Assert.Equal("nudge", adapter.GetNextReply().AsMessageActivity().Text);
        Assert.Equal(reference.Conversation.Id, stored.Key.Split(':', 2)[1]);
    }

    [Fact]
    public async Task EmailOfSender_NoConnectorUnderTestAdapter_NullNotAFailedTurn()
    {
        var directory = new TeamsMemberDirectory(_time, NullLogger<TeamsMemberDirectory>.Instance);
        var adapter = new TestAdapter(Channels.Msteams);
        using var turn = new TurnContext(adapter, new Activity(ActivityTypes.Message) { From = new ChannelAccount("29:user"), Conversation = new ConversationAccount(id: "c") });

        Assert.Null(await directory.EmailOfSenderAsync(turn, CancellationToken.None));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("00000000-0000-0000-0000-000000000001")]
    public void CloudAdapter_BuiltFromTeamsSettings_AuthenticatesAsConfigured(string? appId)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Teams:Enabled"] = "true",
            ["Teams:MicrosoftAppId"] = appId,
            ["Teams:MicrosoftAppPassword"] = appId is null ? null : "secret",
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddCatalog(loadOnStart: false);
        services.AddSkills();
        services.AddSingleton<Wayfinder.Bot.Onboarding.IOnboardingSteps, RecordingOnboardingSteps>();
        services.AddSingleton<NewcomerQueue>();
        services.AddTeams(configuration);
        using var provider = services.BuildServiceProvider();

        var authentication = provider.GetRequiredService<BotFrameworkAuthentication>();
        Assert.IsType<ConfigurationBotFrameworkAuthentication>(authentication);
        Assert.Same(provider.GetRequiredService<CloudAdapter>(), provider.GetRequiredService<IBotFrameworkHttpAdapter>());
        Assert.IsType<TeamsBot>(provider.GetRequiredService<IBot>());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _services?.Dispose();
}
