"""Drives the fake's Gmail API door with Google's own Python client (Debian's python3-googleapi, 1.7.12).

Sends, lists, reads raw, drafts; then meets Google's 403 (scope), 404 (unknown id), 429 (a fault planned through the
control API) and, after a password change through the control API, the refresh's invalid_grant.

Usage: gmail_client.py ROOT_URL TOKEN_URI CLIENT_ID CLIENT_SECRET REFRESH_TOKEN READONLY_REFRESH_TOKEN
Prints one JSON object with what each call returned; GmailApiPythonClientTest asserts on it.
"""
import base64
import json
import sys
import urllib.request

from google.auth.exceptions import RefreshError
from google.oauth2.credentials import Credentials
from googleapiclient.discovery import build_from_document
from googleapiclient.errors import HttpError

root, token_uri, client_id, client_secret, refresh, readonly = sys.argv[1:7]

USER = {"userId": {"type": "string", "required": True, "location": "path", "default": "me"}}
# The part of Google's discovery document (https://gmail.googleapis.com/$discovery/rest?version=v1) that the
# methods called below need, in its format; the client builds its requests from it.
DISCOVERY = {
    "kind": "discovery#restDescription", "discoveryVersion": "v1", "id": "gmail:v1", "name": "gmail",
    "version": "v1", "rootUrl": root, "servicePath": "", "baseUrl": root, "batchPath": "batch",
    "parameters": {"alt": {"type": "string", "default": "json", "location": "query"}},
    "schemas": {
        "Message": {"id": "Message", "type": "object", "properties": {
            "id": {"type": "string"}, "threadId": {"type": "string"}, "raw": {"type": "string", "format": "byte"},
            "labelIds": {"type": "array", "items": {"type": "string"}}}},
        "ListMessagesResponse": {"id": "ListMessagesResponse", "type": "object", "properties": {
            "messages": {"type": "array", "items": {"$ref": "Message"}}, "nextPageToken": {"type": "string"},
            "resultSizeEstimate": {"type": "integer", "format": "uint32"}}},
        "Draft": {"id": "Draft", "type": "object", "properties": {
            "id": {"type": "string"}, "message": {"$ref": "Message"}}},
    },
    "resources": {"users": {"resources": {"drafts": {"methods": {
        "create": {"id": "gmail.users.drafts.create", "path": "gmail/v1/users/{userId}/drafts", "httpMethod": "POST",
                   "parameters": USER, "parameterOrder": ["userId"], "request": {"$ref": "Draft"},
                   "response": {"$ref": "Draft"}},
        "get": {"id": "gmail.users.drafts.get", "path": "gmail/v1/users/{userId}/drafts/{id}", "httpMethod": "GET",
                "parameterOrder": ["userId", "id"], "response": {"$ref": "Draft"},
                "parameters": dict(USER, id={"type": "string", "required": True, "location": "path"},
                                   format={"type": "string", "location": "query"})},
        "send": {"id": "gmail.users.drafts.send", "path": "gmail/v1/users/{userId}/drafts/send", "httpMethod": "POST",
                 "parameters": USER, "parameterOrder": ["userId"], "request": {"$ref": "Draft"},
                 "response": {"$ref": "Message"}},
    }}, "messages": {"methods": {
        "send": {"id": "gmail.users.messages.send", "path": "gmail/v1/users/{userId}/messages/send",
                 "httpMethod": "POST", "parameters": USER, "parameterOrder": ["userId"],
                 "request": {"$ref": "Message"}, "response": {"$ref": "Message"}},
        "list": {"id": "gmail.users.messages.list", "path": "gmail/v1/users/{userId}/messages",
                 "httpMethod": "GET", "parameterOrder": ["userId"], "response": {"$ref": "ListMessagesResponse"},
                 "parameters": dict(USER, labelIds={"type": "string", "repeated": True, "location": "query"},
                                    q={"type": "string", "location": "query"})},
        "get": {"id": "gmail.users.messages.get", "path": "gmail/v1/users/{userId}/messages/{id}",
                "httpMethod": "GET", "parameterOrder": ["userId", "id"], "response": {"$ref": "Message"},
                "parameters": dict(USER, id={"type": "string", "required": True, "location": "path"},
                                   format={"type": "string", "location": "query"})},
    }}}}},
}


def control(path, body):
    """A call of the fake's control API, as a Python test suite beside the standalone makes it."""
    request = urllib.request.Request(root + "api/" + path, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    urllib.request.urlopen(request).read()


def refusal(call):
    """The status and Google's error envelope of a refused call (None when it was not refused)."""
    try:
        call()
        return None
    except HttpError as error:
        return {"status": error.resp.status, "error": json.loads(error.content.decode())["error"]}


def gmail(refresh_token):
    credentials = Credentials(None, refresh_token=refresh_token, token_uri=token_uri, client_id=client_id,
                              client_secret=client_secret)
    return build_from_document(json.dumps(DISCOVERY), credentials=credentials)


# Python's email package writes LF line ends; Gmail stores CRLF.
message = b"From: alice@gmail.com\nTo: bob@gmail.com\nSubject: From Python\n\nSent with googleapiclient.\n"
api = gmail(refresh)
sent = api.users().messages().send(userId="me", body={"raw": base64.urlsafe_b64encode(message).decode()}).execute()
listed = api.users().messages().list(userId="me", labelIds=["SENT"], q="subject:python").execute()
raw = api.users().messages().get(userId="me", id=sent["id"], format="raw").execute()
drafted = b"From: python@example.com\nTo: bob@gmail.com\nSubject: Drafted in Python\n\nKept, then sent.\n"
draft = api.users().drafts().create(userId="me",
                                    body={"message": {"raw": base64.urlsafe_b64encode(drafted).decode()}}).execute()
draft_raw = api.users().drafts().get(userId="me", id=draft["id"], format="raw").execute()
draft_sent = api.users().drafts().send(userId="me", body={"id": draft["id"]}).execute()
refused = refusal(lambda: gmail(readonly).users().messages().send(userId="me", body={"raw": "eA"}).execute())
unknown = refusal(lambda: api.users().messages().get(userId="me", id="00000000000003e7").execute())
control("faults", {"stage": "GMAIL_API", "fault": "gmailApi", "gmailApi": "RATE_LIMIT_EXCEEDED"})
limited = refusal(lambda: api.users().messages().list(userId="me").execute())
control("accounts/alice@gmail.com/password", {"password": "Correct-Horse-2026"})
try:  # the cached access token is revoked (401); the client refreshes, and the refresh token is revoked too
    api.users().messages().list(userId="me").execute()
    revoked = None
except RefreshError as error:
    revoked = str(error)
print(json.dumps({"unknown": unknown, "limited": limited, "revoked": revoked, "sent": sent, "listed": listed, "raw": base64.urlsafe_b64decode(raw["raw"]).decode(),
                  "draft": draft, "draftRaw": base64.urlsafe_b64decode(draft_raw["message"]["raw"]).decode(),
                  "draftSent": draft_sent, "refused": refused}))
