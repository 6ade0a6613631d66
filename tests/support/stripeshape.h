#pragma once
// An OpenAPI document with the shape of Stripe's public spec, written for the tests and the import
// benchmark (Stripe's own file is not shipped): ~600 component schemas whose resources refer to
// each other in circles through "expandable" fields (`anyOf` of a string id and the $ref'd
// object, with x-expansionResources), nullable sub-objects (`anyOf` of one $ref), inline list
// objects, 452 operations (list, create, retrieve, update, some delete) with form-encoded request
// bodies nested several levels deep, and an `error` default response that reaches half the spec.
// Deterministic: the same document every time.

#include "util/json.h"

#ifndef Q_MOC_RUN // moc loses count of the braces in the raw strings

#include <string>

namespace patchbay::testing {

inline Json stripeShapedSpec()
{
    constexpr int Resources = 113;   // 113 × 4 operations = 452, as Stripe's spec had
    constexpr int SubObjects = 480;  // billing_details, address, outcome, … shared by resources
    unsigned seed = 12345;
    const auto next = [&seed](unsigned n) {
        seed = seed * 1103515245u + 12345u;
        return (seed >> 8) % n;
    };
    const auto resource = [](unsigned i) { return "resource_" + std::to_string(i); };
    const auto sub = [](unsigned i) { return "resource_detail_" + std::to_string(i); };
    const auto ref = [](const std::string &name) { return Json{{"$ref", "#/components/schemas/" + name}}; };
    const std::string prose = "The value as the API keeps it. Read the guide for what it means in each country; it may "
                              "change when the object is updated.";
    const auto text = [&](int maxLength) {
        return Json{{"type", "string"}, {"maxLength", maxLength}, {"description", prose}};
    };

    Json doc = Json::parse(R"({"openapi": "3.0.0",
      "info": {"title": "Stripe-shaped API", "version": "2024-04-10", "description": "Written for Patchbay's tests."},
      "servers": [{"url": "https://api.stripe.example/"}],
      "security": [{"basicAuth": []}, {"bearerAuth": []}],
      "components": {"securitySchemes": {"basicAuth": {"type": "http", "scheme": "basic"},
                                         "bearerAuth": {"type": "http", "scheme": "bearer"}},
                     "schemas": {}},
      "paths": {}})");
    Json &schemas = doc["components"]["schemas"];

    for (unsigned s = 0; s < SubObjects; ++s) {
        Json props = Json::object();
        for (int f = 0; f < 8; ++f)
            props["detail_" + std::to_string(f)] = f % 4 == 3 ? Json{{"type", "integer"}, {"nullable", true}} : text(5000);
        props["line1"] = text(5000);
        props["country"] = Json{{"type", "string"}, {"maxLength", 5000}, {"nullable", true}, {"example", "DE"}};
        // sub-objects nest: address inside billing_details inside payment_method_details …
        props["nested"] = Json{{"anyOf", Json::array({ref(sub((s * 7 + 1) % SubObjects))})}, {"nullable", true},
                               {"description", "More about it."}};
        if (s % 3 == 0) // … and some lead back to a resource
            props["source"] = Json{{"anyOf", Json::array({Json{{"type", "string"}, {"maxLength", 5000}}, ref(resource(next(Resources)))})},
                                   {"x-expansionResources", Json{{"oneOf", Json::array({ref(resource(next(Resources)))})}}}};
        schemas[sub(s)] = Json{{"type", "object"}, {"title", "Detail"}, {"description", prose}, {"properties", props},
                               {"x-expandableFields", Json::array({"nested"})}};
    }
    for (unsigned r = 0; r < Resources; ++r) {
        Json props = Json::object();
        Json required = Json::array();
        props["id"] = Json{{"type", "string"}, {"maxLength", 5000}, {"description", "Unique identifier for the object."}};
        props["object"] = Json{{"type", "string"}, {"enum", Json::array({resource(r)})}, {"description", "The object's type."}};
        props["created"] = Json{{"type", "integer"}, {"format", "unix-time"}, {"description", "When it was made."}};
        props["livemode"] = Json{{"type", "boolean"}};
        props["email"] = Json{{"type", "string"}, {"maxLength", 5000}, {"nullable", true}, {"format", "email"}};
        props["metadata"] = Json{{"type", "object"}, {"additionalProperties", Json{{"type", "string"}, {"maxLength", 500}}},
                                 {"description", "Set of key-value pairs."}};
        for (int f = 0; f < 14; ++f)
            props["field_" + std::to_string(f)] = f % 5 == 4 ? Json{{"type", "integer"}, {"description", prose}} : text(5000);
        Json expandable = Json::array();
        for (int f = 0; f < 6; ++f) { // customer, invoice, payment_intent, …: an id or the object
            const std::string other = resource(next(Resources));
            const std::string name = "linked_" + std::to_string(f);
            props[name] = Json{{"anyOf", Json::array({Json{{"type", "string"}, {"maxLength", 5000}}, ref(other)})},
                               {"nullable", true}, {"description", "ID of the " + other + " this belongs to."},
                               {"x-expansionResources", Json{{"oneOf", Json::array({ref(other)})}}}};
            expandable.push_back(name);
        }
        for (int f = 0; f < 4; ++f) // billing_details, outcome, shipping, …
            props["detail_" + std::to_string(f)] = Json{{"anyOf", Json::array({ref(sub(next(SubObjects)))})},
                                                        {"nullable", true}, {"description", prose}};
        props["items"] = Json{{"type", "object"}, {"title", "ItemList"},
                              {"properties", Json{{"data", Json{{"type", "array"}, {"items", ref(resource(next(Resources)))}}},
                                                  {"has_more", Json{{"type", "boolean"}}},
                                                  {"object", Json{{"type", "string"}, {"enum", Json::array({"list"})}}},
                                                  {"url", text(5000)}}},
                              {"required", Json::array({"data", "has_more", "object", "url"})}};
        for (auto it = props.begin(); it != props.end(); ++it)
            if (it.key() != "email")
                required.push_back(it.key());
        schemas[resource(r)] = Json{{"type", "object"}, {"title", resource(r)}, {"description", prose},
                                    {"properties", props}, {"required", required},
                                    {"x-expandableFields", expandable}, {"x-resourceId", resource(r)}};
    }
    schemas["error"] = Json{{"type", "object"}, {"properties", Json{{"error", ref("api_errors")}}}, {"required", Json::array({"error"})}};
    Json errorProps = Json::object();
    errorProps["message"] = text(40000);
    errorProps["type"] = Json{{"type", "string"}, {"enum", Json::array({"api_error", "card_error"})}};
    errorProps["payment_method"] = ref(resource(1));
    errorProps["source"] = Json{{"anyOf", Json::array({ref(resource(2)), ref(resource(3))})}};
    schemas["api_errors"] = Json{{"type", "object"}, {"properties", errorProps}};

    const Json errorResponse = Json{{"description", "Error response."}, {"content", Json{{"application/json", Json{{"schema", ref("error")}}}}}};
    const auto formBody = [&](unsigned r) {
        Json props = Json::object();
        props["email"] = Json{{"type", "string"}, {"maxLength", 5000}};
        props["description"] = Json{{"type", "string"}, {"maxLength", 5000}};
        props["expand"] = Json{{"type", "array"}, {"items", Json{{"type", "string"}, {"maxLength", 5000}}}, {"description", "Fields to expand."}};
        props["metadata"] = Json{{"anyOf", Json::array({Json{{"type", "object"}, {"additionalProperties", Json{{"type", "string"}}}},
                                                        Json{{"type", "string"}, {"enum", Json::array({""})}}})}};
        Json address = Json{{"type", "object"}, {"title", "optional_fields_address"},
                            {"properties", Json{{"city", Json{{"type", "string"}, {"maxLength", 100}}},
                                                {"country", Json{{"type", "string"}, {"maxLength", 5000}}},
                                                {"line1", Json{{"type", "string"}, {"maxLength", 300}}},
                                                {"postal_code", Json{{"type", "string"}, {"maxLength", 5000}}}}}};
        props["shipping"] = Json{{"anyOf", Json::array({Json{{"type", "object"}, {"title", "customer_shipping"},
                                                             {"properties", Json{{"address", address}, {"name", Json{{"type", "string"}}}}},
                                                             {"required", Json::array({"address", "name"})}},
                                                        Json{{"type", "string"}, {"enum", Json::array({""})}}})}};
        for (int f = 0; f < 10; ++f)
            props["param_" + std::to_string(f)] = f % 3 ? Json{{"type", "string"}, {"maxLength", 5000}}
                                                         : Json{{"type", "object"}, {"properties", Json{{"enabled", Json{{"type", "boolean"}}}, {"preference", Json{{"type", "string"}, {"enum", Json::array({"none", "always"})}}}}}, {"required", Json::array({"enabled"})}};
        Json schema = Json{{"type", "object"}, {"properties", props}, {"additionalProperties", false}};
        if (r % 2)
            schema["required"] = Json::array({"email"});
        return Json{{"content", Json{{"application/x-www-form-urlencoded",
                                      Json{{"encoding", Json{{"expand", Json{{"explode", true}, {"style", "deepObject"}}},
                                                             {"metadata", Json{{"explode", true}, {"style", "deepObject"}}}}},
                                           {"schema", schema}}}}},
                    {"required", r % 2 == 1}};
    };
    const auto expandParam = Json{{"name", "expand"}, {"in", "query"}, {"description", "Specifies which fields in the response should be expanded."},
                                  {"explode", true}, {"style", "deepObject"}, {"required", false},
                                  {"schema", Json{{"type", "array"}, {"items", Json{{"type", "string"}, {"maxLength", 5000}}}}}};
    for (unsigned r = 0; r < Resources; ++r) {
        const std::string name = resource(r);
        const std::string collection = "/v1/" + name + "s";
        const std::string tag = "Resource" + std::to_string(r / 4);
        const auto ok = [&](const Json &schema) {
            return Json{{"200", Json{{"description", "Successful response."}, {"content", Json{{"application/json", Json{{"schema", schema}}}}}}},
                        {"default", errorResponse}};
        };
        Json list = Json{{"type", "object"}, {"title", name + "List"}, {"description", ""},
                         {"properties", Json{{"data", Json{{"type", "array"}, {"items", ref(name)}}},
                                             {"has_more", Json{{"type", "boolean"}, {"description", "True if this list has another page of items after this one that can be fetched."}}},
                                             {"object", Json{{"type", "string"}, {"enum", Json::array({"list"})}}},
                                             {"url", Json{{"type", "string"}, {"maxLength", 5000}, {"pattern", "^/v1/" + name + "s"}}}}},
                         {"required", Json::array({"data", "has_more", "object", "url"})}};
        Json &item = doc["paths"][collection];
        item["get"] = Json{{"operationId", "Get" + name + "s"}, {"tags", Json::array({tag})}, {"summary", "List all " + name + "s"},
                           {"description", "<p>Returns a list of your " + name + "s.</p>"},
                           {"parameters", Json::array({expandParam,
                                                       Json{{"name", "limit"}, {"in", "query"}, {"schema", Json{{"type", "integer"}}}},
                                                       Json{{"name", "starting_after"}, {"in", "query"}, {"schema", Json{{"type", "string"}, {"maxLength", 5000}}}},
                                                       Json{{"name", "ending_before"}, {"in", "query"}, {"schema", Json{{"type", "string"}, {"maxLength", 5000}}}},
                                                       Json{{"name", "created"}, {"in", "query"}, {"explode", true}, {"style", "deepObject"},
                                                            {"schema", Json{{"anyOf", Json::array({Json{{"type", "object"}, {"properties", Json{{"gt", Json{{"type", "integer"}}}, {"lt", Json{{"type", "integer"}}}}}},
                                                                                                  Json{{"type", "integer"}}})}}}}})},
                           {"requestBody", Json{{"content", Json{{"application/x-www-form-urlencoded", Json{{"schema", Json{{"type", "object"}, {"properties", Json::object()}}}}}}}}},
                           {"responses", ok(list)}};
        item["post"] = Json{{"operationId", "Post" + name + "s"}, {"tags", Json::array({tag})}, {"summary", "Create a " + name},
                            {"requestBody", formBody(r)}, {"responses", ok(ref(name))}};
        Json &one = doc["paths"][collection + "/{id}"];
        const Json idParam = Json{{"name", "id"}, {"in", "path"}, {"required", true}, {"schema", Json{{"type", "string"}, {"maxLength", 5000}}}};
        one["get"] = Json{{"operationId", "Get" + name + "sId"}, {"tags", Json::array({tag})}, {"summary", "Retrieve a " + name},
                          {"parameters", Json::array({expandParam, idParam})}, {"responses", ok(ref(name))}};
        one["post"] = Json{{"operationId", "Post" + name + "sId"}, {"tags", Json::array({tag})}, {"summary", "Update a " + name},
                           {"parameters", Json::array({idParam})}, {"requestBody", formBody(r + 1)}, {"responses", ok(ref(name))}};
    }
    return doc;
}

} // namespace patchbay::testing

#endif
