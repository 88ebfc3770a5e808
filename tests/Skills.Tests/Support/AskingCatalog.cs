using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wayfinder.Catalog;
using Wayfinder.Catalog.Querying;
using Wayfinder.Skills.Answers;
using Wayfinder.Skills.Asking;

namespace Wayfinder.Skills.Tests.Support;

/// <summary>
/// A real catalog loaded from files and the skills on top of it, wired as the host wires them
/// (<c>AddCatalog()</c> + <c>AddSkills()</c>). Subclasses say which files.
/// </summary>
public abstract class AskingCatalog : IAsyncLifetime, IDisposable
{
    private ServiceProvider? _services;

    /// <summary>The loaded catalog.</summary>
    public ICatalog Catalog => Services.GetRequiredService<ICatalog>();

    /// <summary>The answerer under test.</summary>
    public IQuestionAnswerer Answerer => Services.GetRequiredService<IQuestionAnswerer>();

    private ServiceProvider Services => _services ?? throw new InvalidOperationException("not loaded yet");

    /// <summary>Asks one question.</summary>
    public Answer Ask(string text) => Answerer.AnswerAsync(new Question(text), CancellationToken.None).AsTask().GetAwaiter().GetResult();

    /// <summary>Asks one question with a subject picked from earlier alternatives.</summary>
    public Answer Ask(string text, string chosenSubject) =>
        Answerer.AnswerAsync(new Question(text) { ChosenSubject = chosenSubject }, CancellationToken.None).AsTask().GetAwaiter().GetResult();

    public async Task InitializeAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        services.AddCatalog(loadOnStart: false);
        AddServices(services);
        services.AddSkills();
        services.Configure<CatalogOptions>(o =>
        {
            o.Paths = [.. Paths()];
            o.Exclude = [.. Exclude()];
            o.Watch = false;
        });
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var status = await Catalog.ReloadAsync(CancellationToken.None);
        if (status.State != CatalogState.Loaded || Catalog.Snapshot.Entities.Count == 0)
        {
            throw new InvalidOperationException($"The test catalog did not load: {status.LastFailure}");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases the services; subclasses release what they own too.</summary>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _services?.Dispose();
        }
    }

    /// <summary>Registers services before <c>AddSkills()</c>, replacing its defaults (e.g. a fake on-call roster).</summary>
    protected virtual void AddServices(IServiceCollection services)
    {
    }

    /// <summary>The files or folders to load.</summary>
    protected abstract IEnumerable<string> Paths();

    /// <summary>Files under the folders that are not descriptors.</summary>
    protected virtual IEnumerable<string> Exclude() => [];
}
