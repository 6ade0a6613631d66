// A real MCP client — the official TypeScript SDK — against `patchbay-cli mcp` on the demo
// workspace: it connects over stdio, lists the tools, calls one that reads, one that needs
// confirmation, and one with wrong arguments. Exit 0 when everything is as a user expects.
//
//   node client.mjs PATCHBAY_CLI PROJECT DEMO_API_URL DATA_DIR
import assert from "node:assert/strict";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

const [cli, project, apiUrl, dataDir] = process.argv.slice(2);
const transport = new StdioClientTransport({
  command: cli,
  args: ["--data-dir", dataDir, "--secrets-from-env", "mcp", project, "--var", `demo_api=${apiUrl}`],
  env: { ...process.env, PATCHBAY_SECRET_CRM_TOKEN: "demo-token", PATCHBAY_SECRET_MAILING_KEY: "demo-key" },
  stderr: "inherit",
});
const client = new Client({ name: "patchbay-sdk-test", version: "1.0.0" });
await client.connect(transport);
assert.equal(client.getServerVersion().name, "patchbay");
assert.ok(client.getServerCapabilities().tools, "the server offers tools");

const { tools } = await client.listTools();
assert.deepEqual(tools.map((t) => t.name).sort(), ["create-contact", "list-customers"]);
const list = tools.find((t) => t.name === "list-customers");
assert.equal(list.annotations.readOnlyHint, true);
assert.equal(tools.find((t) => t.name === "create-contact").annotations.readOnlyHint, false);

const read = await client.callTool({ name: "list-customers", arguments: {} });
assert.equal(read.isError, false, JSON.stringify(read.content));
assert.equal(read.structuredContent.status, 200);
assert.ok(read.structuredContent.body.data.length > 0, "the demo's customers");

const write = await client.callTool({
  name: "create-contact",
  arguments: { body: { full_name: "Ada Lovelace", email: "ada@example.com" } },
});
assert.equal(write.isError, true, "a write that needs confirmation is refused headless");
assert.match(write.content[0].text, /confirmation/);

await assert.rejects(
  client.callTool({ name: "create-contact", arguments: { body: { full_name: 1 } } }),
  (e) => e.code === -32602 && /body\.email/.test(e.message),
);

await client.close();
console.log(`ok: ${tools.length} tools listed, a read answered ${read.structuredContent.body.data.length} records, ` +
  "a write refused without confirmation, wrong arguments refused with -32602");
