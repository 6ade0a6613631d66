#pragma once
// An OpenAPI document with the shape of GitHub's REST API description (api.github.com.json, which
// is not shipped), written for the tests and the import benchmark: 845 operations on paths like
// /repos/{owner}/{repo}/issues/{issue_number}; parameters, responses and headers shared through
// components and referred to with $ref (owner, repo, per-page, page, not_found,
// validation_failed, link); ~700 component schemas — full, "simple-" and "nullable-" forms of each
// resource, nullable references as `allOf` of one $ref, `oneOf` of a string and an object; JSON
// request bodies; and responses carrying large `examples` by reference, which make up most of
// the file, as in GitHub's. Deterministic: the same document every time.

#include "util/json.h"

#ifndef Q_MOC_RUN

#include <string>

namespace patchbay::testing {

inline Json gitHubShapedSpec()
{
    constexpr int Resources = 169; // 169 × 5 operations = 845, as GitHub's description had
    const auto ref = [](const std::string &where, const std::string &name) { return Json{{"$ref", "#/components/" + where + "/" + name}}; };
    const auto schemaRef = [&](const std::string &name) { return ref("schemas", name); };
    const auto name = [](int r) { return "resource-" + std::to_string(r); };
    const auto category = [](int r) { return "category-" + std::to_string(r / 5); };
    const std::string prose = "The value as GitHub keeps it. See the documentation of this resource for what it means.";

    Json doc = Json::parse(R"({"openapi": "3.0.3",
      "info": {"title": "GitHub-shaped REST API", "version": "1.1.4", "description": "Written for Patchbay's tests."},
      "servers": [{"url": "https://api.github.example"}],
      "components": {"schemas": {}, "parameters": {}, "responses": {}, "headers": {}, "examples": {}},
      "paths": {}})");
    Json &c = doc["components"];
    const auto pathParam = [&](const std::string &n) {
        return Json{{"name", n}, {"description", "The " + n + ". The name is not case sensitive."}, {"in", "path"}, {"required", true},
                    {"schema", Json{{"type", "string"}}}};
    };
    for (const char *n : {"owner", "repo", "org", "username", "team_slug"})
        c["parameters"][n] = pathParam(n);
    c["parameters"]["per-page"] = Json{{"name", "per_page"}, {"description", "The number of results per page (max 100)."}, {"in", "query"},
                                       {"schema", Json{{"type", "integer"}, {"default", 30}}}};
    c["parameters"]["page"] = Json{{"name", "page"}, {"description", "The page number of the results to fetch."}, {"in", "query"},
                                   {"schema", Json{{"type", "integer"}, {"default", 1}}}};
    c["parameters"]["since"] = Json{{"name", "since"}, {"description", "Only show results that were last updated after the given time."},
                                    {"in", "query"}, {"required", false}, {"schema", Json{{"type", "string"}, {"format", "date-time"}}}};
    c["parameters"]["direction"] = Json{{"name", "direction"}, {"in", "query"}, {"required", false},
                                        {"schema", Json{{"type", "string"}, {"enum", Json::array({"asc", "desc"})}}}};
    c["headers"]["link"] = Json{{"example", "<https://api.github.com/resource?page=2>; rel=\"next\""}, {"schema", Json{{"type", "string"}}}};
    c["schemas"]["basic-error"] = Json{{"title", "Basic Error"}, {"type", "object"},
                                       {"properties", Json{{"message", Json{{"type", "string"}}}, {"documentation_url", Json{{"type", "string"}}},
                                                           {"url", Json{{"type", "string"}}}, {"status", Json{{"type", "string"}}}}}};
    const Json str{{"type", "string"}};
    Json errorItem{{"type", "object"}, {"required", Json::array({"code"})}};
    errorItem["properties"] = Json{{"resource", str}, {"field", str}, {"code", str}};
    errorItem["properties"]["value"] = Json{{"oneOf", Json::array({Json{{"type", "string"}, {"nullable", true}}, Json{{"type", "integer"}, {"nullable", true}}})}};
    Json validation{{"title", "Validation Error"}, {"type", "object"}, {"required", Json::array({"message", "documentation_url"})}};
    validation["properties"] = Json{{"message", str}, {"documentation_url", str}};
    validation["properties"]["errors"] = Json{{"type", "array"}, {"items", errorItem}};
    c["schemas"]["validation-error"] = validation;
    const auto jsonResponse = [&](const std::string &description, const Json &schema) {
        return Json{{"description", description}, {"content", Json{{"application/json", Json{{"schema", schema}}}}}};
    };
    c["responses"]["not_found"] = jsonResponse("Resource not found", schemaRef("basic-error"));
    c["responses"]["forbidden"] = jsonResponse("Forbidden", schemaRef("basic-error"));
    c["responses"]["requires_authentication"] = jsonResponse("Requires authentication", schemaRef("basic-error"));
    c["responses"]["validation_failed"] = jsonResponse("Validation failed, or the endpoint has been spammed.", schemaRef("validation-error"));
    c["responses"]["not_modified"] = Json{{"description", "Not modified"}};

    // simple-user, as nearly every resource carries one (and a nullable form of it)
    Json user = Json::object();
    for (const char *f : {"login", "node_id", "avatar_url", "gravatar_id", "url", "html_url", "followers_url", "following_url", "gists_url",
                          "starred_url", "subscriptions_url", "organizations_url", "repos_url", "events_url", "received_events_url", "type"})
        user[f] = Json{{"type", "string"}, {"example", std::string("https://api.github.com/users/octocat/") + f}};
    user["id"] = Json{{"type", "integer"}, {"format", "int64"}, {"example", 1}};
    user["site_admin"] = Json{{"type", "boolean"}};
    user["email"] = Json{{"type", "string"}, {"nullable", true}};
    user["name"] = Json{{"type", "string"}, {"nullable", true}};
    c["schemas"]["simple-user"] = Json{{"title", "Simple User"}, {"description", "A GitHub user."}, {"type", "object"}, {"properties", user},
                                       {"required", Json::array({"avatar_url", "events_url", "html_url", "id", "login", "type", "url"})}};
    Json nullableUser = c["schemas"]["simple-user"];
    nullableUser["nullable"] = true;
    c["schemas"]["nullable-simple-user"] = nullableUser;

    for (int r = 0; r < Resources; ++r) {
        const std::string n = name(r);
        Json props = Json::object();
        Json example = Json::object();
        props["id"] = Json{{"type", "integer"}, {"format", "int64"}, {"example", 42}};
        props["node_id"] = Json{{"type", "string"}, {"example", "MDEwOlJlcG9zaXRvcnkxMjk2MjY5"}};
        props["url"] = Json{{"type", "string"}, {"format", "uri"}};
        props["html_url"] = Json{{"type", "string"}, {"format", "uri"}};
        props["created_at"] = Json{{"type", "string"}, {"format", "date-time"}};
        props["updated_at"] = Json{{"type", "string"}, {"format", "date-time"}, {"nullable", true}};
        props["user"] = schemaRef("nullable-simple-user");
        props["owner"] = schemaRef("simple-user");
        props["state"] = Json{{"type", "string"}, {"enum", Json::array({"open", "closed"})}, {"description", prose}};
        props["labels"] = Json{{"type", "array"},
                               {"items", Json{{"oneOf", Json::array({Json{{"type", "string"}},
                                                                     Json{{"type", "object"}, {"properties", Json{{"id", Json{{"type", "integer"}}},
                                                                                                                 {"name", Json{{"type", "string"}}},
                                                                                                                 {"color", Json{{"type", "string"}, {"nullable", true}}}}}}})}}}};
        for (int f = 0; f < 28; ++f)
            props["field_" + std::to_string(f)] = f % 7 == 6   ? Json{{"type", "integer"}, {"description", prose}}
                                                  : f % 7 == 5 ? Json{{"type", "boolean"}, {"default", false}}
                                                               : Json{{"type", "string"}, {"nullable", f % 2 == 0}, {"description", prose}};
        // a resource links to others: nullable ones as allOf of one $ref, as GitHub writes them
        props["parent"] = Json{{"allOf", Json::array({schemaRef("nullable-" + name((r * 7 + 3) % Resources))})}};
        props["related"] = Json{{"type", "array"}, {"items", schemaRef("simple-" + name((r * 11 + 5) % Resources))}};
        for (auto it = props.begin(); it != props.end(); ++it) // the example is a whole record
            example[it.key()] = it.key() == "id" ? Json(1000 + r) : Json("an example of " + it.key() + " of " + n + " — " + prose);
        c["schemas"][n] = Json{{"title", n}, {"description", prose}, {"type", "object"}, {"properties", props},
                               {"required", Json::array({"id", "node_id", "url", "html_url", "created_at", "state"})}};
        Json nullable = c["schemas"][n];
        nullable["nullable"] = true;
        c["schemas"]["nullable-" + n] = nullable;
        Json simple = Json::object();
        for (const char *f : {"id", "node_id", "url", "html_url", "state"})
            simple[f] = props[f];
        c["schemas"]["simple-" + n] = Json{{"title", "Simple " + n}, {"type", "object"}, {"properties", simple}, {"required", Json::array({"id", "url"})}};
        c["examples"][n] = Json{{"value", example}};
        Json items = Json::array();
        for (int i = 0; i < 3; ++i)
            items.push_back(example);
        c["examples"][n + "-items"] = Json{{"value", items}};

        const std::string base = r % 3 == 0   ? "/repos/{owner}/{repo}/" + n + "s"
                                 : r % 3 == 1 ? "/orgs/{org}/" + n + "s"
                                              : "/users/{username}/" + n + "s";
        Json scope = r % 3 == 0   ? Json::array({ref("parameters", "owner"), ref("parameters", "repo")})
                     : r % 3 == 1 ? Json::array({ref("parameters", "org")})
                                  : Json::array({ref("parameters", "username")});
        const auto gh = [&](const std::string &verb) {
            return Json{{"githubCloudOnly", false}, {"enabledForGitHubApps", true}, {"category", category(r)}, {"subcategory", n + "-" + verb}};
        };
        const auto withExample = [&](const Json &schema, const std::string &exampleName) {
            return Json{{"description", "Response"},
                        {"content", Json{{"application/json", Json{{"schema", schema}, {"examples", Json{{"default", ref("examples", exampleName)}}}}}}}};
        };
        Json body = Json::object();
        for (int f = 0; f < 8; ++f)
            body["field_" + std::to_string(f)] = props["field_" + std::to_string(f)];
        body["labels"] = Json{{"type", "array"}, {"items", Json{{"type", "string"}}}};
        const Json requestBody = Json{{"required", true},
                                      {"content", Json{{"application/json", Json{{"schema", Json{{"type", "object"}, {"properties", body},
                                                                                                 {"required", Json::array({"field_0"})}}},
                                                                                 {"examples", Json{{"default", Json{{"value", Json{{"field_0", "x"}}}}}}}}}}}};

        Json &collection = doc["paths"][base];
        Json listParams = scope;
        for (const char *p : {"direction", "since", "per-page", "page"})
            listParams.push_back(ref("parameters", p));
        collection["get"] = Json{{"summary", "List " + n + "s"}, {"description", "Lists the " + n + "s. " + prose}, {"tags", Json::array({category(r)})},
                                 {"operationId", category(r) + "/list-" + n + "s"},
                                 {"externalDocs", Json{{"description", "API method documentation"}, {"url", "https://docs.github.example/rest/" + n}}},
                                 {"parameters", listParams},
                                 {"responses", Json{{"200", [&] {
                                                         Json ok = withExample(Json{{"type", "array"}, {"items", schemaRef(n)}}, n + "-items");
                                                         ok["headers"] = Json{{"Link", ref("headers", "link")}};
                                                         return ok;
                                                     }()},
                                                    {"304", ref("responses", "not_modified")},
                                                    {"404", ref("responses", "not_found")}}},
                                 {"x-github", gh("list")}};
        collection["post"] = Json{{"summary", "Create a " + n}, {"tags", Json::array({category(r)})}, {"operationId", category(r) + "/create-" + n},
                                  {"parameters", scope}, {"requestBody", requestBody},
                                  {"responses", Json{{"201", withExample(schemaRef(n), n)},
                                                     {"403", ref("responses", "forbidden")},
                                                     {"422", ref("responses", "validation_failed")}}},
                                  {"x-github", gh("create")}};
        Json &one = doc["paths"][base + "/{" + n + "_id}"];
        Json oneParams = scope;
        oneParams.push_back(Json{{"name", n + "_id"}, {"description", "The unique identifier of the " + n + "."}, {"in", "path"}, {"required", true},
                                 {"schema", Json{{"type", "integer"}}}});
        one["get"] = Json{{"summary", "Get a " + n}, {"tags", Json::array({category(r)})}, {"operationId", category(r) + "/get-" + n},
                          {"parameters", oneParams},
                          {"responses", Json{{"200", withExample(schemaRef(n), n)}, {"404", ref("responses", "not_found")}}},
                          {"x-github", gh("get")}};
        one["patch"] = Json{{"summary", "Update a " + n}, {"tags", Json::array({category(r)})}, {"operationId", category(r) + "/update-" + n},
                            {"parameters", oneParams}, {"requestBody", requestBody},
                            {"responses", Json{{"200", withExample(schemaRef(n), n)}, {"422", ref("responses", "validation_failed")}}},
                            {"x-github", gh("update")}};
        one["delete"] = Json{{"summary", "Delete a " + n}, {"tags", Json::array({category(r)})}, {"operationId", category(r) + "/delete-" + n},
                             {"parameters", oneParams},
                             {"responses", Json{{"204", Json{{"description", "Response"}}}, {"403", ref("responses", "forbidden")}}},
                             {"x-github", gh("delete")}};
    }
    return doc;
}

} // namespace patchbay::testing

#endif
