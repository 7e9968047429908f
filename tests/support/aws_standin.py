#!/usr/bin/env python3
"""A local stand-in for SQS (JSON 1.0), SES v2 (suppression list, GetAccount) and CloudWatch
(GetMetricStatistics) for Bouncedesk's tests.

Every AWS request must carry a SigV4 signature that botocore (Debian's python3-botocore, an
implementation independent of ours) computes the same; otherwise the answer is AWS's
SignatureDoesNotMatch. Tests drive the stand-in through unsigned /_standin/* endpoints.

    aws_standin.py [--access-key AK --secret-key SK] [--token T]   prints "port N" when ready
"""
import argparse
import base64
import datetime
import hashlib
import json
import re
import threading
import time
import uuid
import xml.sax.saxutils
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, unquote, urlsplit

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

ACCOUNT = "123456789012"
AUTH = re.compile(r"^AWS4-HMAC-SHA256 Credential=([^/]+)/(\d{8})/([^/]+)/([^/]+)/aws4_request, "
                  r"SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$")


class State:
    def __init__(self, access_key, secret_key, token):
        self.lock = threading.Condition()
        self.access_key, self.secret_key, self.token = access_key, secret_key, token
        self.queues = {}          # name -> {"visibility": s, "messages": [...], "deleted": [bodies]}
        self.suppressed = {}      # email -> {"Reason", "LastUpdateTime"}
        self.account = {"SendingEnabled": True, "EnforcementStatus": "HEALTHY", "ProductionAccessEnabled": True,
                        "SendQuota": {"Max24HourSend": 50000.0, "MaxSendRate": 14.0, "SentLast24Hours": 1234.0}}
        self.metrics = {}         # MetricName -> [(iso time, value)]
        self.failures = []        # [{"service", "kind", "count"}]
        self.calls = {}           # action -> count (accepted signatures only)
        self.refused = 0          # requests refused for their signature or credentials
        self.page_size_max = 1000


def sigv4_check(state, method, path, headers, body):
    """None if botocore signs the request the same, else (status, code, message)."""
    m = AUTH.match(headers.get("authorization", ""))
    if not m:
        return 403, "IncompleteSignature", "Authorization header missing or malformed"
    key, date, region, service, signed, signature = m.groups()
    if key != state.access_key:
        return 403, "InvalidClientTokenId", "The security token included in the request is invalid."
    amz_date = headers.get("x-amz-date", "")
    try:
        when = datetime.datetime.strptime(amz_date, "%Y%m%dT%H%M%SZ").replace(tzinfo=datetime.timezone.utc)
    except ValueError:
        return 403, "IncompleteSignature", "X-Amz-Date missing or malformed"
    if abs((datetime.datetime.now(datetime.timezone.utc) - when).total_seconds()) > 900:
        return 403, "RequestTimeTooSkewed", "The difference between the request time and the current time is too large."
    if state.token and headers.get("x-amz-security-token") != state.token:
        return 403, "InvalidClientTokenId", "The security token included in the request is invalid."
    names = signed.split(";")
    if "host" not in names or "x-amz-date" not in names:
        return 403, "SignatureDoesNotMatch", "host and x-amz-date must be signed"
    request = AWSRequest(method=method, url="http://" + headers["host"] + path, data=body,
                         headers={n: headers.get(n, "") for n in names})
    request.context["timestamp"] = amz_date
    auth = SigV4Auth(Credentials(key, state.secret_key, state.token or None), service, region)
    expected = auth.signature(auth.string_to_sign(request, auth.canonical_request(request)), request)
    if expected != signature:
        return 403, "SignatureDoesNotMatch", ("The request signature we calculated does not match the signature "
                                              "you provided. Check your AWS Secret Access Key and signing method.")
    return None


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    # --- plumbing -----------------------------------------------------------------------------------
    def reply(self, status, body=b"", content_type="application/x-amz-json-1.0", headers=()):
        if isinstance(body, (dict, list)):
            body = json.dumps(body).encode()
        elif isinstance(body, str):
            body = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def json_error(self, status, code, message, service):
        if service == "monitoring":
            body = ("<ErrorResponse><Error><Type>Sender</Type><Code>%s</Code><Message>%s</Message></Error>"
                    "</ErrorResponse>" % (code, xml.sax.saxutils.escape(message)))
            return self.reply(status, body, "text/xml")
        if service == "ses":
            return self.reply(status, {"message": message}, "application/json", [("x-amzn-ErrorType", code)])
        return self.reply(status, {"__type": "com.amazonaws.sqs#" + code, "message": message})

    def do_GET(self):
        self.handle_any("GET")

    def do_POST(self):
        self.handle_any("POST")

    def do_PUT(self):
        self.handle_any("PUT")

    def do_DELETE(self):
        self.handle_any("DELETE")

    def handle_any(self, method):
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.last_body = body
        state = self.server.state
        if self.path.startswith("/_standin/"):
            return self.control(method, self.path, json.loads(body or b"{}"))
        headers = {k.lower(): v for k, v in self.headers.items()}
        m = AUTH.match(headers.get("authorization", ""))
        service = m.group(4) if m else ("sqs" if "x-amz-target" in headers else "ses")
        problem = sigv4_check(state, method, self.path, headers, body)
        if problem:
            with state.lock:
                state.refused += 1
            return self.json_error(problem[0], problem[1], problem[2], service)
        with state.lock:
            for failure in state.failures:
                if failure["service"] == service and failure["count"] > 0:
                    failure["count"] -= 1
                    if failure["kind"] == "throttle":
                        if service == "ses":
                            return self.json_error(429, "TooManyRequestsException", "Too many requests.", service)
                        if service == "monitoring":
                            return self.json_error(400, "Throttling", "Rate exceeded", service)
                        return self.json_error(400, "ThrottlingException", "Rate exceeded", service)
                    if failure["kind"] == "denied":
                        return self.json_error(403 if service != "sqs" else 400, "AccessDenied" if service != "ses"
                                               else "AccessDeniedException", "User is not authorized", service)
                    return self.json_error(500, "InternalFailure", "We encountered an internal error.", service)
        if service == "sqs":
            return self.sqs(headers.get("x-amz-target", ""), json.loads(body or b"{}"))
        if service == "ses":
            return self.ses(method, self.path)
        if service == "monitoring":
            return self.cloudwatch(dict(parse_qsl(body.decode())))
        return self.json_error(400, "UnknownService", "no such service " + service, service)

    def count(self, action):
        state = self.server.state
        with state.lock:
            state.calls[action] = state.calls.get(action, 0) + 1

    # --- SQS ---------------------------------------------------------------------------------------
    def queue(self, url):
        name = urlsplit(url or "").path.rsplit("/", 1)[-1]
        return self.server.state.queues.get(name)

    def sqs(self, target, request):
        action = target.split(".", 1)[-1]
        self.count(action)
        state = self.server.state
        if action == "ReceiveMessage":
            deadline = time.time() + min(int(request.get("WaitTimeSeconds", 0)), 20)
            with state.lock:
                queue = self.queue(request.get("QueueUrl"))
                if queue is None:
                    return self.reply(400, {"__type": "com.amazonaws.sqs#QueueDoesNotExist",
                                            "message": "The specified queue does not exist."},
                                      headers=[("x-amzn-query-error", "AWS.SimpleQueueService.NonExistentQueue;Sender")])
                while True:
                    now = time.time()
                    ready = [m for m in queue["messages"] if m["visible_at"] <= now]
                    if ready or now >= deadline:
                        break
                    state.lock.wait(min(0.05, deadline - now))
                out = []
                visibility = int(request.get("VisibilityTimeout", queue["visibility"]))
                for m in ready[:min(int(request.get("MaxNumberOfMessages", 1)), 10)]:
                    m["visible_at"] = now + visibility
                    m["receipt"] = uuid.uuid4().hex
                    m["receives"] += 1
                    out.append({"MessageId": m["id"], "ReceiptHandle": m["receipt"],
                                "MD5OfBody": hashlib.md5(m["body"].encode()).hexdigest(), "Body": m["body"],
                                "Attributes": {"ApproximateReceiveCount": str(m["receives"]),
                                               "SentTimestamp": str(int(m["sent"] * 1000))}})
            return self.reply(200, {"Messages": out} if out else {})
        if action in ("DeleteMessageBatch", "DeleteMessage"):
            entries = request.get("Entries") if action == "DeleteMessageBatch" else [
                {"Id": "0", "ReceiptHandle": request.get("ReceiptHandle")}]
            ok, failed = [], []
            with state.lock:
                queue = self.queue(request.get("QueueUrl"))
                if queue is None:
                    return self.reply(400, {"__type": "com.amazonaws.sqs#QueueDoesNotExist",
                                            "message": "The specified queue does not exist."})
                if not entries or len(entries) > 10:
                    return self.reply(400, {"__type": "com.amazonaws.sqs#TooManyEntriesInBatchRequest",
                                            "message": "1 to 10 entries"})
                for e in entries:
                    found = [m for m in queue["messages"] if m.get("receipt") == e.get("ReceiptHandle")]
                    if found:
                        queue["messages"].remove(found[0])
                        queue["deleted"].append(found[0]["body"])
                        ok.append({"Id": e["Id"]})
                    else:
                        failed.append({"Id": e["Id"], "SenderFault": True, "Code": "ReceiptHandleIsInvalid",
                                       "Message": "The receipt handle is not valid."})
            if action == "DeleteMessage":
                return self.reply(200 if ok else 400, {} if ok else {"__type": "ReceiptHandleIsInvalid"})
            return self.reply(200, {"Successful": ok, "Failed": failed})
        return self.reply(400, {"__type": "com.amazonaws.sqs#InvalidAction", "message": action})

    # --- SES v2 ------------------------------------------------------------------------------------
    def ses(self, method, raw_path):
        state = self.server.state
        split = urlsplit(raw_path)
        path, query = split.path, dict(parse_qsl(split.query))
        prefix = "/v2/email/suppression/addresses"
        with state.lock:
            if path == "/v2/email/account" and method == "GET":
                self.count("GetAccount")
                return self.reply(200, state.account, "application/json")
            if path == prefix and method == "GET":
                self.count("ListSuppressedDestinations")
                size = min(int(query.get("PageSize", 1000)), state.page_size_max)
                start = int(base64.b64decode(query["NextToken"]).decode()) if "NextToken" in query else 0
                emails = sorted(state.suppressed)
                page = [{"EmailAddress": e, "Reason": state.suppressed[e]["Reason"],
                         "LastUpdateTime": state.suppressed[e]["LastUpdateTime"]} for e in emails[start:start + size]]
                out = {"SuppressedDestinationSummaries": page}
                if start + size < len(emails):
                    out["NextToken"] = base64.b64encode(str(start + size).encode()).decode()
                return self.reply(200, out, "application/json")
            if path == prefix and method == "PUT":
                self.count("PutSuppressedDestination")
                request = json.loads(self.last_body or b"{}")
                if request.get("Reason") not in ("BOUNCE", "COMPLAINT") or "@" not in request.get("EmailAddress", ""):
                    return self.json_error(400, "BadRequestException", "Reason must be BOUNCE or COMPLAINT", "ses")
                state.suppressed[request["EmailAddress"].lower()] = {"Reason": request["Reason"],
                                                                     "LastUpdateTime": time.time()}
                return self.reply(200, {}, "application/json")
            if path.startswith(prefix + "/") and method == "DELETE":
                self.count("DeleteSuppressedDestination")
                email = unquote(path[len(prefix) + 1:]).lower()
                if email not in state.suppressed:
                    return self.json_error(404, "NotFoundException", "%s is not on the suppression list" % email, "ses")
                del state.suppressed[email]
                return self.reply(200, {}, "application/json")
        return self.json_error(404, "NotFoundException", "no such resource " + path, "ses")

    # --- CloudWatch ---------------------------------------------------------------------------------
    def cloudwatch(self, form):
        self.count(form.get("Action", ""))
        if form.get("Action") != "GetMetricStatistics" or form.get("Namespace") != "AWS/SES":
            return self.json_error(400, "InvalidAction", "only GetMetricStatistics of AWS/SES", "monitoring")
        start, end = form.get("StartTime", ""), form.get("EndTime", "")
        with self.server.state.lock:
            points = [p for p in self.server.state.metrics.get(form.get("MetricName"), []) if start <= p[0] < end]
        members = "".join("<member><Timestamp>%s</Timestamp><Maximum>%s</Maximum><Unit>Count</Unit></member>"
                          % (t, v) for t, v in points)
        body = ("<GetMetricStatisticsResponse xmlns=\"http://monitoring.amazonaws.com/doc/2010-08-01/\">"
                "<GetMetricStatisticsResult><Datapoints>%s</Datapoints><Label>%s</Label></GetMetricStatisticsResult>"
                "</GetMetricStatisticsResponse>" % (members, form.get("MetricName")))
        return self.reply(200, body, "text/xml")

    # --- control (unsigned; tests only) ---------------------------------------------------------------
    def control(self, method, path, request):
        state = self.server.state
        with state.lock:
            if path == "/_standin/queue":
                name = request["name"]
                queue = state.queues.setdefault(name, {"visibility": 30, "messages": [], "deleted": []})
                queue["visibility"] = request.get("visibility", queue["visibility"])
                for body in request.get("messages", []):
                    queue["messages"].append({"id": str(uuid.uuid4()), "body": body, "visible_at": 0,
                                              "receives": 0, "sent": time.time()})
                state.lock.notify_all()
                return self.reply(200, {"url": "http://%s/%s/%s" % (self.headers["Host"], ACCOUNT, name)})
            if path == "/_standin/suppressed":
                for email, reason in request.get("add", {}).items():
                    state.suppressed[email.lower()] = {"Reason": reason, "LastUpdateTime": time.time()}
                if "page_size_max" in request:
                    state.page_size_max = request["page_size_max"]
                return self.reply(200, {})
            if path == "/_standin/metrics":
                state.metrics.update({k: [tuple(p) for p in v] for k, v in request.items()})
                return self.reply(200, {})
            if path == "/_standin/account":
                state.account.update(request)
                return self.reply(200, {})
            if path == "/_standin/fail":
                state.failures.append({"service": request["service"], "kind": request["kind"],
                                       "count": request.get("count", 1)})
                return self.reply(200, {})
            if path == "/_standin/state":
                queues = {name: {"available": sum(1 for m in q["messages"] if m["visible_at"] <= time.time()),
                                 "in_flight": sum(1 for m in q["messages"] if m["visible_at"] > time.time()),
                                 "deleted": q["deleted"], "receives": [m["receives"] for m in q["messages"]]}
                          for name, q in state.queues.items()}
                return self.reply(200, {"queues": queues, "suppressed": {e: s["Reason"] for e, s in state.suppressed.items()},
                                        "calls": state.calls, "refused": state.refused,
                                        "failures_left": sum(f["count"] for f in state.failures)})
        return self.reply(404, {"error": "no control " + path})


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--access-key", default="AKIDSTANDINEXAMPLE")
    parser.add_argument("--secret-key", default="standin/secret/KEY+example")
    parser.add_argument("--token", default="")
    args = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    server.state = State(args.access_key, args.secret_key, args.token)
    print("port %d" % server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
