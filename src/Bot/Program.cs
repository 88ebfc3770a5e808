using Wayfinder.Bot.Api;
using Wayfinder.Bot.Cli;
using Wayfinder.Bot.GitHub;
using Wayfinder.Bot.Health;
using Wayfinder.Bot.OnCall;
using Wayfinder.Bot.Onboarding;
using Wayfinder.Bot.Slack;
using Wayfinder.Bot.Teams;
using Wayfinder.Catalog;
using Wayfinder.Skills;

// One binary, two modes: CLI verbs (ask, validate, search, ...) or the server (the default, or `serve`).
if (CliSetup.IsCliInvocation(args))
{
    return await CliSetup.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = CliSetup.ServerArgs(args),
    ContentRootPath = AppContext.BaseDirectory,
});

builder.Services.AddCatalog();
builder.Services.AddSkills();
builder.Services.AddOnCall(builder.Configuration);
builder.Services.AddWayfinderHealth();
builder.Services.AddApi();
builder.Services.AddSlack(builder.Configuration);
builder.Services.AddTeams(builder.Configuration);
builder.Services.AddOnboarding(builder.Configuration);
builder.Services.AddGitHubRefresh(builder.Configuration);

var app = builder.Build();

app.MapWayfinderHealth();
app.MapApi();
app.MapSlack();
app.MapTeams();
app.MapOnboarding();
app.MapGitHub();

await app.RunAsync();
return 0;
