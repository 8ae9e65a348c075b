using JumioGen.ClientSide.Server;

// Jumio__ClientId, Jumio__ClientSecret, Jumio__UserAgent, Jumio__Region: talk to Jumio. None set: FakeJumio.
await using var app = await ClientSideApp.BuildAsync(args);
await app.Web.StartAsync();
Console.WriteLine($"Open {app.Address} and press \"Start verification\" (Ctrl+C stops the server).");
if (app.Fake is { } fake)
{
    Console.WriteLine($"No Jumio__ClientId set: the server talks to FakeJumio at {fake.BaseAddress}");
}

await app.Web.WaitForShutdownAsync();
