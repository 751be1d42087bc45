"""The ``fetalhc`` command line: ``predict``, ``evaluate``, ``train`` and ``serve`` on the same core as the
application."""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
from contextlib import contextmanager
from pathlib import Path

from tqdm import tqdm

from fetalhc_gui.core.errors import FetalHCError
from fetalhc_gui.inference.artifact import ModelLoadError
from fetalhc_gui.io.folders import find_images

USAGE_ERROR = 2


#: The languages a report can be written in (``report.language.LANGUAGES``; named here so that
#: parsing the command line loads no Qt).
REPORT_LANGUAGES = ("en", "es", "fr", "de", "pt_BR")


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except (ModelLoadError, FetalHCError, ValueError) as exc:
        print(f"fetalhc: {exc}", file=sys.stderr)
        return USAGE_ERROR
    except KeyboardInterrupt:
        print("fetalhc: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # anything else still ends as one clear line, not a traceback
        print(f"fetalhc: failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fetalhc", description=__doc__)
    commands = parser.add_subparsers(required=True, metavar="COMMAND")

    predict = commands.add_parser("predict", help="measure HC on images")
    predict.add_argument("paths", nargs="+", type=Path, help="image files or folders of images")
    add_pixel_size_options(predict)
    predict.add_argument("--model", type=Path, metavar="DIR", help="model folder (default: the bundled model)")
    predict.add_argument(
        "--anonymise",
        action="store_true",
        help="anonymise the rows to DICOM PS3.15's basic profile: no names, IDs, birth dates, accession numbers "
        "or dates, UIDs and file names replaced (the same within the run)",
    )
    predict.add_argument("--keep-dates", action="store_true", help="with --anonymise: keep the exam's dates")
    predict.add_argument(
        "--all-frames",
        action="store_true",
        help="one row per frame of a multi-frame file (default: the best frame's row, chosen by quality and interval)",
    )
    predict.add_argument("--format", choices=("csv", "json", "hc18"), default="csv")
    predict.add_argument("--backend", choices=("onnx", "keras"), default="onnx")
    predict.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    predict.add_argument(
        "--resume", action="store_true", help="continue an interrupted run from OUT.journal without measuring again"
    )
    spread = predict.add_mutually_exclusive_group()
    spread.add_argument(
        "--jobs", type=int, default=1, metavar="N", help="measure with N worker processes on this machine (Dask)"
    )
    spread.add_argument(
        "--cluster",
        metavar="ADDRESS",
        help="measure on the running Dask cluster whose scheduler is at ADDRESS (tls://host:8786, with the three "
        "--cluster-* files); the images must lie at the same paths for its workers",
    )
    predict.add_argument("--cluster-ca", type=Path, metavar="PEM", help="the CA that certifies the cluster")
    predict.add_argument("--cluster-cert", type=Path, metavar="PEM", help="this client's certificate for the cluster")
    predict.add_argument("--cluster-key", type=Path, metavar="PEM", help="the private key of --cluster-cert (0600)")
    predict.set_defaults(run=run_predict)

    evaluate = commands.add_parser("evaluate", help="accuracy on an HC18-layout folder")
    evaluate.add_argument("data_dir", type=Path)
    evaluate.add_argument("--model", type=Path, metavar="DIR")
    evaluate.add_argument("--backend", choices=("onnx", "keras"), default="onnx")
    subset = evaluate.add_mutually_exclusive_group()
    subset.add_argument(
        "--validation-only", action="store_true", help="only the validation subjects named in the model card"
    )
    subset.add_argument(
        "--test-only", action="store_true", help="only the test subjects named in the model card (never used by it)"
    )
    evaluate.add_argument("--json", type=Path, metavar="OUT", help="also write the figures as JSON")
    evaluate.add_argument(
        "--per-image", type=Path, metavar="CSV", help="also write each image's HC, error and interval, worst first"
    )
    evaluate.set_defaults(run=run_evaluate)

    train = commands.add_parser("train", help="train or fine-tune a model on an HC18-layout folder")
    train.add_argument("data_dir", type=Path)
    train.add_argument("--out", type=Path, required=True, metavar="DIR")
    train.add_argument("--epochs", type=int, default=40)
    train.add_argument("--image-size", default="128x192", metavar="ROWSxCOLS", help="model input, e.g. 128x192")
    train.add_argument("--base-filters", type=int, default=16)
    train.add_argument("--batch-size", type=int, default=8)
    train.add_argument("--lr", type=float, default=1e-3)
    train.add_argument("--val-fraction", type=float, default=0.15)
    train.add_argument("--seed", type=int, default=0)
    train.add_argument("--test-fraction", type=float, default=0.0, help="share of subjects left out for a final test")
    train.add_argument("--split-seed", type=int, default=0, help="seed of the test split and the folds")
    train.add_argument("--folds", type=int, default=0, help="validate on one of this many subject folds")
    train.add_argument("--fold", type=int, default=0, help="which fold (0-based) validates this run")
    train.add_argument(
        "--members", type=int, default=1, help="train an ensemble of this many fold members (needs --test-fraction)"
    )
    train.add_argument(
        "--second-stage-epochs",
        type=int,
        default=20,
        metavar="N",
        help="epochs of the second stage, the network that delineates the head on a crop around the first "
        "ellipse, as in the bundled model (default 20; 0: none)",
    )
    train.add_argument("--no-augment", action="store_true")
    train.add_argument("--dilated", action="store_true", help="dilated convolutions in the bottleneck")
    train.add_argument(
        "--deep-supervision", action="store_true", help="train with extra outputs at the coarser decoder levels"
    )
    train.add_argument("--from-model", type=Path, metavar="DIR", help="fine-tune from this model folder")
    train.add_argument("--resume", action="store_true", help="continue from the last checkpoint in --out")
    train.set_defaults(run=run_train)

    report = commands.add_parser("report", help="measure images and write one PDF report per exam")
    report.add_argument("paths", nargs="+", type=Path, help="image files or folders of images")
    report.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help="folder for the reports")
    add_pixel_size_options(report)
    report.add_argument(
        "--anonymise",
        action="store_true",
        help="anonymise the reports (PS3.15's basic profile): no names, IDs, birth dates, accession, institution "
        "or dates, file names replaced, burned-in text masked outside the ultrasound regions or the image withheld",
    )
    report.add_argument("--keep-dates", action="store_true", help="with --anonymise: keep the exam's dates")
    report.add_argument(
        "--language",
        choices=REPORT_LANGUAGES,
        default="en",
        help="the reports' language (default en); their figures follow its convention (181,3 mm in de, es, fr, pt_BR)",
    )
    report.add_argument("--model", type=Path, metavar="DIR", help="model folder (default: the bundled model)")
    report.set_defaults(run=run_report)

    serve = commands.add_parser("serve", help="receive images over DICOM and measure each as it arrives")
    serve.add_argument("--port", type=int, default=11112, help="port to listen on (default 11112)")
    serve.add_argument("--ae-title", default="FETALHC", help="this node's AE title (default FETALHC)")
    serve.add_argument(
        "--bind", default="127.0.0.1", help="address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)"
    )
    serve.add_argument(
        "--allow",
        action="append",
        required=True,
        metavar="CALLING_AE[@HOST]",
        help="a calling AE title that may send images; @HOST: only from that host name, address or network "
        "(10.0.0.0/24)",
    )
    serve.add_argument("--inbox", type=Path, required=True, metavar="DIR", help="where received images are stored")
    serve.add_argument("--results", type=Path, required=True, metavar="DIR", help="where results are written")
    serve.add_argument("--model", type=Path, metavar="DIR", help="model folder (default: the bundled model)")
    serve.add_argument(
        "--forward",
        metavar="AE@HOST:PORT[+tls]",
        help="send each image's report and capture to this peer (e.g. the PACS); +tls: over TLS",
    )
    serve.add_argument(
        "--forward-ca",
        type=Path,
        metavar="PEM",
        help="with --forward ...+tls, the CA that certifies the peer (default: the system's CAs)",
    )
    serve.add_argument(
        "--tls-cert",
        type=Path,
        metavar="PEM",
        help="listen with TLS using this certificate (also presented to a --forward peer over TLS)",
    )
    serve.add_argument("--tls-key", type=Path, metavar="PEM", help="the private key of --tls-cert")
    serve.add_argument(
        "--tls-client-ca", type=Path, metavar="PEM", help="with TLS, accept only clients certified by this CA"
    )
    serve.add_argument(
        "--tls-allow-anonymous-clients",
        action="store_true",
        help="with TLS and no --tls-client-ca: accept TLS clients that present no certificate (refused otherwise)",
    )
    serve.add_argument(
        "--accept-deflate",
        action="store_true",
        help="accept Deflated Explicit VR Little Endian (inflated with the size cap; off by default)",
    )
    serve.add_argument(
        "--min-free-mb",
        type=int,
        default=2048,
        metavar="MB",
        help="answer 'out of resources' instead of storing when the inbox's disk has less free (default 2048)",
    )
    serve.add_argument(
        "--tls-identity",
        action="append",
        default=[],
        metavar="CALLING_AE=NAME",
        help="accept CALLING_AE only with a client certificate whose common name or DNS/IP name is NAME",
    )
    serve.add_argument("--workers", type=int, default=1, help="images measured at once (default 1)")
    serve.add_argument(
        "--no-exam-check",
        action="store_true",
        help="report images whose header says the exam is not obstetric (they are marked doubtful all the same)",
    )
    serve.add_argument(
        "--language",
        choices=REPORT_LANGUAGES,
        default="en",
        help="the language of the captures' captions and of the SR's comments (default en; the SR's codes stay "
        "English); the log and the results table stay English",
    )
    serve.set_defaults(run=run_serve)

    serve.add_argument(
        "--audit-syslog",
        metavar="udp://HOST:PORT",
        help="also send the audit trail to this syslog collector (RFC 5424; udp:// or tcp://)",
    )
    serve.add_argument(
        "--keep-days",
        type=float,
        metavar="DAYS",
        help="delete received images and results older than this, at start and every hour (default: keep)",
    )
    serve.add_argument(
        "--max-storage-mb",
        type=int,
        metavar="MB",
        help="beyond this size, delete the oldest received images and results first (default: no limit)",
    )

    purge = commands.add_parser(
        "purge", help="delete received images and results past their retention, and say what was deleted"
    )
    purge.add_argument(
        "folders", nargs="+", type=Path, help="a serve --inbox or --results folder, or the window's data folder"
    )
    purge.add_argument("--older-than", type=float, metavar="DAYS", help="delete what is older than DAYS days")
    purge.add_argument("--max-size-mb", type=int, metavar="MB", help="then the oldest until the rest fit in MB")
    purge.add_argument("--dry-run", action="store_true", help="list what would be deleted, delete nothing")
    purge.set_defaults(run=run_purge)

    outbox = commands.add_parser("outbox", help="list, retry or drop the results fetalhc serve has yet to send")
    outbox.add_argument("results", type=Path, metavar="RESULTS", help="the --results folder of fetalhc serve")
    action = outbox.add_mutually_exclusive_group()
    action.add_argument("--retry", action="store_true", help="make every waiting result due now")
    action.add_argument("--drop", metavar="ID", help="give up one result (its ID as listed) or 'all'")
    outbox.set_defaults(run=run_outbox)
    return parser


def add_pixel_size_options(command: argparse.ArgumentParser) -> None:
    """The pixel-size options of ``predict`` and ``report`` (the rule: ``app.pixel_size_rule``)."""
    sizes = command.add_mutually_exclusive_group()
    sizes.add_argument(
        "--pixel-size", type=float, metavar="MM", help="pixel size in mm/px for files that give none of their own"
    )
    sizes.add_argument(
        "--force-pixel-size", type=float, metavar="MM", help="pixel size in mm/px for every file, over a file's own"
    )
    sizes.add_argument(
        "--pixel-size-csv",
        type=Path,
        metavar="CSV",
        help="pixel sizes by file name, HC18 form (filename,pixel size(mm)); a row beats the file's own",
    )


def pixel_size_options(args):
    """The ``PixelSizeOptions`` the command line gives (read and checked before any work)."""
    from fetalhc_gui.app.pixel_size_rule import PixelSizeOptions
    from fetalhc_gui.core.pixel_size import manual_pixel_size, read_pixel_size_csv

    return PixelSizeOptions(
        per_file=read_pixel_size_csv(args.pixel_size_csv) if args.pixel_size_csv else {},
        forced=manual_pixel_size(args.force_pixel_size) if args.force_pixel_size is not None else None,
        default=manual_pixel_size(args.pixel_size) if args.pixel_size is not None else None,
        csv_name=args.pixel_size_csv.name if args.pixel_size_csv else "",
    )


def run_predict(args) -> int:
    from fetalhc_gui.app.journal import Journal, journal_path, lock_path
    from fetalhc_gui.app.measuring import measure_files
    from fetalhc_gui.core.anonymise import Anonymiser
    from fetalhc_gui.io.export import write_records
    from fetalhc_gui.io.output_paths import check_inputs_exist, check_not_an_input, check_output_file

    check_inputs_exist([*args.paths, *([args.pixel_size_csv] if args.pixel_size_csv else [])])
    check_output_file(args.output, [])
    scan = find_images(args.paths)
    for problem in scan.problems:
        print(problem, file=sys.stderr)
    if scan.summary():
        print(scan.summary(), file=sys.stderr)
    files = scan.files
    if not files:
        raise ValueError("no images found in the paths given")
    inputs = [*files, *([args.pixel_size_csv] if args.pixel_size_csv else [])]
    for written in (args.output, journal_path(args.output), lock_path(args.output)):
        check_not_an_input(written, inputs)
    sizes = pixel_size_options(args)
    if args.jobs < 1:
        raise ValueError("--jobs must be 1 or more")
    if (args.jobs > 1 or args.cluster) and args.backend != "onnx":
        raise ValueError("--jobs and --cluster measure with ONNX Runtime only: leave out --backend keras")
    if args.cluster:
        cluster_security_of(args)  # the TLS files are checked before any work
    predictor = make_predictor(args.model, args.backend)
    journal = Journal(
        args.output, args.resume, run_options(args, predictor), secrets.token_bytes(32) if args.anonymise else None
    )
    anonymiser = Anonymiser(args.keep_dates, journal.secret) if args.anonymise else None
    if journal.rows:
        print(f"resuming: {len(journal.rows)} images already measured", file=sys.stderr)
    with (
        workers_for(args, predictor, sizes) as runner,
        tqdm(total=len(files), unit="image", file=sys.stderr, disable=None) as bar,
    ):
        rows = measure_files(
            predictor,
            files,
            sizes,
            journal,
            on_done=bar.update,
            all_frames=args.all_frames,
            runner=runner,
            anonymiser=anonymiser,
        )
    write_records(args.output, rows, args.format)
    journal.close(remove=True)
    failed = [r for r in rows if r["status"].startswith("error")]
    for row in rows:
        if row["status"] != "ok":  # each line names its file (a read error's message already does)
            named = row["filename"] in row["status"]
            print(row["status"] if named else f"{row['filename']}: {row['status']}", file=sys.stderr)
    print(f"{len(rows) - len(failed)} of {len(rows)} images measured; written to {args.output}", file=sys.stderr)
    return 1 if len(failed) == len(rows) else 0


@contextmanager
def workers_for(args, predictor, sizes):
    """The runner of ``--jobs`` / ``--cluster`` (None: measure here), closed after the run."""
    if args.jobs == 1 and not args.cluster:
        yield None
        return
    from fetalhc_gui.app.parallel_measuring import dask_runner, local_client, remote_client, threads_per_job

    client = remote_client(args.cluster, cluster_security_of(args)) if args.cluster else local_client(args.jobs)
    threads = None if args.cluster else threads_per_job(args.jobs)
    where = f"the Dask cluster at {args.cluster}" if args.cluster else f"{args.jobs} worker processes"
    print(f"measuring on {where}", file=sys.stderr)
    try:
        yield dask_runner(client, predictor.model_dir, sizes, args.all_frames, threads)
    finally:
        cluster = None if args.cluster else client.cluster
        client.close()
        if cluster is not None:
            cluster.close()


def cluster_security_of(args):
    """The Dask security of ``--cluster``: its CA, this client's certificate and key, all required."""
    from fetalhc_gui.app.parallel_measuring import cluster_security
    from fetalhc_gui.io.output_paths import check_inputs_exist

    files = (args.cluster_ca, args.cluster_cert, args.cluster_key)
    if not all(files):
        raise ValueError("--cluster needs --cluster-ca, --cluster-cert and --cluster-key (TLS to the cluster)")
    if not args.cluster.startswith("tls://"):
        raise ValueError(f"--cluster {args.cluster}: a cluster is reached over TLS only (tls://HOST:PORT)")
    check_inputs_exist(list(files))
    return cluster_security(*files)


def make_predictor(model: Path | None, backend: str):
    """The predictor of ``model`` (None: the bundled one), its first stage run by ONNX Runtime or,
    with ``backend`` "keras", by its Keras original (needs the training install)."""
    from fetalhc_gui.inference.predictor import Predictor

    if backend == "onnx":
        return Predictor(model)
    try:
        from fetalhc_gui.training.keras_network import keras_predictor
    except ImportError as exc:
        raise ValueError(f"--backend keras needs the training install (pip install 'fetalhc[train]'): {exc}") from None
    return keras_predictor(model)


def run_options(args, predictor) -> dict[str, str]:
    """The options of a ``predict`` run that change its rows, as a resumed run must repeat them."""
    import hashlib

    if args.pixel_size_csv:
        digest = hashlib.sha256(args.pixel_size_csv.read_bytes()).hexdigest()[:12]
        size = f"--pixel-size-csv {args.pixel_size_csv.absolute()} (content {digest})"
    elif args.force_pixel_size is not None:
        size = f"--force-pixel-size {args.force_pixel_size:g}"
    elif args.pixel_size is not None:
        size = f"--pixel-size {args.pixel_size:g}"
    else:
        size = "the files' own only"
    digest = (getattr(predictor, "card", None) or {}).get("files", {}).get("model.onnx", "")
    return {
        "pixel size": size,
        "model": f"{predictor.name} ({digest[:12] or getattr(predictor, 'model_dir', 'no model file')})",
        "backend": args.backend,
        "frames": "every frame (--all-frames)" if args.all_frames else "the best frame of a loop",
        "patient identity": identity_option(args),
    }


def identity_option(args) -> str:
    """How a run treats the patient's identity: kept, or anonymised with or without the dates."""
    if not args.anonymise:
        return "kept"
    return "anonymised, dates kept (--anonymise --keep-dates)" if args.keep_dates else "anonymised (--anonymise)"


def run_report(args) -> int:
    from fetalhc_gui.app.measuring import measure_one
    from fetalhc_gui.app.reports import MeasuredImage, exam_reports, write_reports
    from fetalhc_gui.core.anonymise import Anonymiser
    from fetalhc_gui.io.output_paths import check_inputs_exist, check_output_folder

    check_inputs_exist([*args.paths, *([args.pixel_size_csv] if args.pixel_size_csv else [])])
    check_output_folder(args.output)
    scan = find_images(args.paths)
    for problem in scan.problems:
        print(problem, file=sys.stderr)
    if not scan.files:
        raise ValueError("no images found in the paths given")
    sizes = pixel_size_options(args)
    predictor = make_predictor(args.model, "onnx")
    measured = []
    for path in tqdm(scan.files, unit="image", disable=None):
        outcome = measure_one(predictor, path, sizes)
        if outcome.measurement is None:
            print(f"{outcome.row['filename']}: {outcome.row['status']}", file=sys.stderr)
            continue
        image, prediction = outcome.result.image, outcome.result.prediction
        measured.append(MeasuredImage.of(outcome.measurement, image, prediction.mask, outcome.pixel_size))
    if not measured:
        print("fetalhc: no image was measured; no report written", file=sys.stderr)
        return 1
    with report_painting(args.language):
        anonymiser = Anonymiser(args.keep_dates) if args.anonymise else None
        paths = write_reports(args.output, exam_reports(measured, predictor.card, anonymiser))
    for path in paths:
        print(path)
    print(f"{len(paths)} report(s) for {len(measured)} measured images", file=sys.stderr)
    return 0


@contextmanager
def report_painting(language: str = "en"):
    """The Qt GUI application that painting a PDF needs (fonts), offscreen, without widgets, with
    ``language``'s translators installed while it paints."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (kept alive while painting)
    with speaking(language):
        yield


@contextmanager
def speaking(language: str):
    """``language`` installed while the block runs (a Qt core application made for its
    translators where there is none): English too, so that the system's locale does not put
    German decimal commas into English captions."""
    from PySide6.QtCore import QCoreApplication

    from fetalhc_gui.report.language import language_installed

    app = QCoreApplication.instance() or QCoreApplication([])
    with language_installed(app, language):
        yield


def run_serve(args) -> int:
    import logging
    import signal
    import threading

    from fetalhc_gui.app.node import MeasuringNode
    from fetalhc_gui.app.retention import Retention
    from fetalhc_gui.inference.predictor import Predictor
    from fetalhc_gui.net.node_config import NodeConfig, Peer, parse_identity, parse_sender
    from fetalhc_gui.net.tls import TlsFiles, client_context, listening_context

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    identities = tuple(parse_identity(text) for text in args.tls_identity)
    senders = [parse_sender(text) for text in args.allow]
    config = NodeConfig(
        args.ae_title,
        args.port,
        args.bind,
        tuple(dict.fromkeys(ae for ae, _ in senders)),
        identities=identities,
        hosts=tuple((ae, host) for ae, host in senders if host),
        accept_deflate=args.accept_deflate,
        min_free_bytes=args.min_free_mb * 1024 * 1024,
    )
    forward = Peer.parse(args.forward) if args.forward else None
    tls = None
    if args.tls_cert or args.tls_key or identities:
        listening = TlsFiles(args.tls_cert, args.tls_key, args.tls_client_ca)
        tls = listening_context(listening, identities, args.tls_allow_anonymous_clients)
    if tls is None and not is_loopback(args.bind):
        print(
            f"fetalhc: warning: listening on {args.bind} without TLS: images, with the patients' names, cross the "
            "network in clear and any host can claim an allowed AE title (use --tls-cert, --tls-key and "
            "--tls-client-ca, and AE@HOST in --allow)",
            file=sys.stderr,
        )
    files = TlsFiles(args.tls_cert, args.tls_key, args.forward_ca)
    forward_tls = client_context(files) if forward is not None and forward.tls else None
    if args.workers < 1:
        raise ValueError("--workers must be 1 or more")
    node = MeasuringNode(
        config,
        args.inbox,
        args.results,
        Predictor(args.model),
        ssl_context=tls,
        forward=forward,
        forward_tls=forward_tls,
        workers=args.workers,
        exam_check=not args.no_exam_check,
        retention=Retention(args.keep_days, None if args.max_storage_mb is None else args.max_storage_mb * 1024 * 1024),
        audit_syslog=args.audit_syslog,
    )
    with speaking(args.language):  # the captions and SR comments the node writes
        stop = threading.Event()
        previous = {sig: signal.signal(sig, lambda *_: stop.set()) for sig in (signal.SIGINT, signal.SIGTERM)}
        try:
            try:
                node.start()
            except OSError as exc:
                raise ValueError(f"cannot listen on {args.bind}:{args.port}: {exc}") from None
            queued = f"; {len(node.outbox.items())} results waiting to be sent" if node.outbox else ""
            if forward is not None:
                queued = f"; results to {forward.text}{queued}"
            print(
                f"{config.ae_title} listening on {args.bind}:{node.node.port} {'with' if tls else 'without'} TLS "
                f"for {', '.join(config.allowed)}; images to {args.inbox}, results to {args.results}, "
                f"{args.workers} worker(s), exam check {'off' if args.no_exam_check else 'on'}{queued}. Ctrl+C stops.",
                file=sys.stderr,
                flush=True,
            )
            stop.wait()
        finally:
            node.stop()
            for sig, handler in previous.items():
                signal.signal(sig, handler)
    print(f"stopped; {node.measured} images measured", file=sys.stderr)
    return 0


def run_purge(args) -> int:
    """``fetalhc purge FOLDERS``: delete what lies past the retention given; list it."""
    from fetalhc_gui.app.retention import Retention, purge

    if args.older_than is None and args.max_size_mb is None:
        raise ValueError("give the retention: --older-than DAYS and/or --max-size-mb MB")
    if args.older_than is not None and args.older_than < 0:
        raise ValueError("--older-than must be 0 or more days")
    for folder in args.folders:
        if not folder.is_dir():
            raise ValueError(f"{folder} is not a folder")
    max_bytes = None if args.max_size_mb is None else args.max_size_mb * 1024 * 1024
    report = purge(args.folders, Retention(args.older_than, max_bytes), dry_run=args.dry_run)
    for path in report.files:
        print(path)
    print(f"fetalhc purge: {report.text(args.dry_run)}", file=sys.stderr)
    return 0


def is_loopback(address: str) -> bool:
    """True for an address only this computer can reach (127.0.0.0/8, ::1, localhost)."""
    import ipaddress

    if address == "localhost":
        return True
    try:
        return ipaddress.ip_address(address).is_loopback
    except ValueError:
        return False


def run_outbox(args) -> int:
    """``fetalhc outbox RESULTS``: what waits to be sent, and retrying or dropping it. A running
    ``serve`` picks a retry up at its next look (within a minute)."""
    import datetime

    from fetalhc_gui.app.node import OUTBOX_FOLDER
    from fetalhc_gui.app.outbox import QueueFolder

    folder = args.results / OUTBOX_FOLDER
    if not args.results.is_dir():
        raise ValueError(f"{args.results} is not a results folder of fetalhc serve")
    box = QueueFolder(folder)
    if args.retry:
        box.retry_now()
    elif args.drop:
        dropped = box.drop(None if args.drop == "all" else args.drop)
        print(f"{dropped} result(s) dropped", file=sys.stderr)
    items = box.items()
    for item in items:
        due = datetime.datetime.fromtimestamp(item.state.next_try).isoformat(timespec="seconds")
        error = f"; last error: {item.state.last_error}" if item.state.last_error else ""
        print(f"{item.id}  {item.state.label}  {item.state.attempts} tries, next {due}{error}")
    print(f"{len(items)} result(s) waiting", file=sys.stderr)
    return 0


def run_evaluate(args) -> int:
    from fetalhc_gui.io.atomic import atomic_write_text
    from fetalhc_gui.io.export import csv_text
    from fetalhc_gui.training.dataset import scan_folder
    from fetalhc_gui.training.validation import PER_IMAGE_COLUMNS, evaluate_samples, per_image_rows, summarise_results

    predictor = make_predictor(args.model, args.backend)
    samples = [s for s in scan_folder(args.data_dir).samples if s.pixel_size_mm and s.reference_hc_mm]
    if args.validation_only or args.test_only:
        key = "val_subjects" if args.validation_only else "test_subjects"
        subjects = set(predictor.card.get("data", {}).get(key, []))
        samples = [s for s in samples if s.subject in subjects]
    if not samples:
        raise ValueError(f"{args.data_dir} holds no annotated images with a pixel size and reference HC")
    with tqdm(total=len(samples), unit="image", file=sys.stderr, disable=None) as bar:
        results, _ = evaluate_samples(predictor, samples, on_progress=lambda done, total, _: bar.update(done - bar.n))
    summary = summarise_results(results) | {"model": predictor.name, "images": len(samples)}
    print(format_summary(summary))
    if args.json:
        atomic_write_text(args.json, json.dumps(summary, indent=2))
    if args.per_image:
        atomic_write_text(args.per_image, csv_text(per_image_rows(results), PER_IMAGE_COLUMNS))
    return 0


def format_summary(summary: dict) -> str:
    """A table of the evaluation figures, overall and by HC band, with the ADF's 95% interval."""
    keys = ("count", "failures", "adf_mm", "df_mm", "median_ad_mm", "p95_ad_mm", "max_ad_mm", "dice")
    lines = [f"model {summary['model']}, {summary['images']} images"]
    lines.append(f"{'band':>8} " + " ".join(f"{k:>12}" for k in keys) + f" {'ADF 95% CI':>14}")
    for label, figures in [("all", summary)] + list(summary["bands"].items()):
        cells = []
        for key in keys:
            value = figures.get(key)
            if key == "dice" and value is not None:
                value = 100 * value
            cells.append(f"{'-' if value is None else (f'{value:.2f}' if isinstance(value, float) else value):>12}")
        ci = figures.get("adf_ci95_mm")
        cells.append(f"{f'{ci[0]:.2f}-{ci[1]:.2f}' if ci else '-':>14}")
        lines.append(f"{label:>8} " + " ".join(cells))
    dice, hd = summary.get("dice"), summary.get("hausdorff_mm")
    if dice is not None:
        lines.append(f"Dice {100 * dice:.2f}%, Hausdorff {hd:.2f} mm, flagged doubtful {summary['doubtful']}")
    if "interval_coverage" in summary:
        lines.append(
            f"95% intervals hold the reference HC for {100 * summary['interval_coverage']:.1f}% "
            f"(mean half-width {summary['interval_halfwidth_mm']:.1f} mm; on the images the interval was "
            "calibrated on, this is no test of it)"
        )
    lines.append(
        f"doubtful flag: {summary['doubtful_among_errors_over_5mm']} of {summary['errors_over_5mm']} "
        "results off by more than 5 mm"
    )
    lines.append("ADF 95% CI: bootstrap over subjects (2000 resamples).")
    return "\n".join(lines)


def parse_size(text: str) -> tuple[int, int]:
    """``"128x192"`` -> (128, 192); ``"160"`` -> (160, 160)."""
    parts = text.lower().split("x")
    try:
        rows, cols = (int(parts[0]), int(parts[-1])) if len(parts) <= 2 else (None, None)
    except ValueError:
        rows = cols = None
    if not rows or not cols or rows <= 0 or cols <= 0:
        raise ValueError(f"--image-size must look like 128x192, not {text!r}")
    return rows, cols


def run_train(args) -> int:
    from fetalhc_gui.training import INSTALL_HINT, missing_training_packages

    if missing_training_packages():
        raise ValueError(INSTALL_HINT)
    from fetalhc_gui.training.dataset import scan_folder
    from fetalhc_gui.training.ensemble_training import train_ensemble, train_model
    from fetalhc_gui.training.train_config import TrainConfig, epoch_line, expected_seconds

    rows, cols = parse_size(args.image_size)
    config = TrainConfig(
        data_dir=str(args.data_dir),
        out_dir=str(args.out),
        epochs=args.epochs,
        image_rows=rows,
        image_cols=cols,
        base_filters=args.base_filters,
        batch_size=args.batch_size,
        learning_rate=args.lr,
        val_fraction=args.val_fraction,
        seed=args.seed,
        test_fraction=args.test_fraction,
        split_seed=args.split_seed,
        folds=args.folds,
        fold=args.fold,
        augment=not args.no_augment,
        dilated=args.dilated,
        deep_supervision=args.deep_supervision,
        initial_model=str(args.from_model) if args.from_model else None,
        resume=args.resume,
        crop_epochs=args.second_stage_epochs,
    )
    config.validate(args.members)  # the training dialog's rules too
    images = len(scan_folder(args.data_dir).usable)
    minutes = expected_seconds(config, images, max(1, args.members)) / 60
    expected = f"about {minutes:.0f} min" if minutes >= 1 else "under a minute"
    print(f"{images} usable images; expected time {expected} on a 2-core CPU", file=sys.stderr)
    bar = tqdm(unit="batch", file=sys.stderr, disable=None)

    def on_progress(done: int, total: int, logs: dict) -> None:
        if done < bar.n:  # the next ensemble member starts
            bar.reset(total=total)
        bar.total = total
        bar.update(done - bar.n)
        if logs["event"] == "epoch":
            tqdm.write(epoch_line(logs), file=sys.stderr)

    result = train_ensemble(config, args.members, on_progress) if args.members > 1 else train_model(config, on_progress)
    bar.close()
    print(f"trained {result.epochs_done} epochs; model in {result.model_dir}", file=sys.stderr)
    if result.card:
        figures = result.card.get("evaluation", {}).get("test") or result.card.get("validation")
        if figures:
            print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
