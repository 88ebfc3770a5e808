using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wayfinder.Catalog.Querying;

namespace Wayfinder.Skills.Tests.Support;

/// <summary>
/// A team, a <c>payments</c> component documented by a README and <c>docs/*.md</c> beside its descriptor
/// (<c>backstage.io/techdocs-ref: dir:.</c>), and an <c>orders</c> component without pages, written as real files.
/// With <paramref name="published"/>, the pages found carry GitHub addresses as the GitHub source gives them
/// (see <see cref="PublishedPagesCatalog"/>).
/// </summary>
public abstract class DocPagesCatalog(bool published) : AskingCatalog
{
    private const string Yaml = """
        apiVersion: backstage.io/v1alpha1
        kind: Group
        metadata:
          name: team-a
        spec:
          type: team
          children: []
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: payments
          annotations:
            backstage.io/techdocs-ref: dir:.
        spec:
          type: service
          lifecycle: production
          owner: team-a
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: orders
        spec:
          type: service
          lifecycle: production
          owner: team-a
        """;

    private const string Readme = """
        # Payments

        Takes card payments for the shop and talks to the acquiring bank.

        ## Local setup

        Run `make up` to start the service with a fake acquirer.
        """;

    private const string Deploy = """
        # Release guide

        Releases are cut from main by CI.

        ## Deploying to production

        Merge to main, wait for the staging canary to pass, then promote the build with `pp-deploy promote payments`.
        Production deploys are blocked during the Friday change freeze.

        ## Rolling back

        Run `pp-deploy rollback payments` to return to the previous release.
        """;

    private const string Troubleshooting = """
        # Troubleshooting

        ## Acquirer timeouts

        Check the acquirer status page and fail over to the backup acquirer.
        """;

    private readonly TempFolder _folder = new();

    protected override IEnumerable<string> Paths()
    {
        _folder.Write("README.md", Readme);
        _folder.Write("docs/deploy.md", Deploy);
        _folder.Write("docs/troubleshooting.md", Troubleshooting);
        return [_folder.Write("catalog-info.yaml", Yaml)];
    }

    protected override void AddServices(IServiceCollection services)
    {
        if (!published)
        {
            return;
        }

        // The real catalog stays registered under its own type; ICatalog becomes the decorator around it.
        var real = services.Last(d => d.ServiceType == typeof(ICatalog)).ImplementationType!;
        services.AddSingleton(real);
        services.Replace(ServiceDescriptor.Singleton<ICatalog>(sp => new PublishedPagesCatalog((ICatalog)sp.GetRequiredService(real))));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _folder.Dispose();
        }

        base.Dispose(disposing);
    }
}
