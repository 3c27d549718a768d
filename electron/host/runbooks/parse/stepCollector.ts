import type { Code, ListItem, Paragraph } from 'mdast';
import type { RunbookProblem, RunbookStep } from '../../../../shared/runbookTypes';
import { BlockPlacement, fenceInfoPlacement } from './blockPlacement';
import {
  isRunmeAttribute,
  readCommandAttributes,
  unknownAttributeMessage,
  WARROOM_ATTRIBUTES,
} from './commandAttributes';
import { type FenceAttribute, readFenceAttributes } from './fenceAttributes';
import { inlineContent, plainText } from './inlineContent';
import { readProbeBlock } from './probeBlock';
import type { SourcePosition, SourceText } from './sourceText';
import { commandTitle, probeTitle } from './stepTitles';

/** Fence languages that make a command step; the script is given to that shell. */
export const COMMAND_LANGUAGES = ['sh', 'bash', 'shell', 'zsh'];
export const PROBE_LANGUAGE = 'probe';

/** Text where `$NAME`s are substituted, and how to place an offset into it in the file. */
export interface SubstitutedText {
  text: string;
  at: (offset: number) => SourcePosition;
  /** A shell script (quoting and assignments matter), or a plain field (url, env value). */
  shell: boolean;
}

/** What the checks across steps need to know of a step beyond the step itself. */
export interface StepNote {
  /** The step, or null when it is broken and left out of the runbook's steps. */
  step: RunbookStep | null;
  line: number;
  name: string | null;
  producesOutput: boolean;
  rollback: { name: string; at: SourcePosition } | null;
  environments: { names: string[]; at: SourcePosition }[];
  substituted: SubstitutedText[];
  /** Variables the step's `env` attribute sets for it. */
  ownNames: string[];
}

/** Turns task items and fences into steps, in document order, noting each problem where it is. */
export class StepCollector {
  readonly notes: StepNote[] = [];
  readonly problems: RunbookProblem[] = [];
  private readonly namedAt = new Map<string, number>();

  constructor(
    private readonly file: string,
    private readonly source: SourceText,
    /** A file with `kind`: unknown attributes are errors, not Runme attributes newer than ours. */
    private readonly strict: boolean,
  ) {}

  /** The step a task-list item is, or null when it has no text. */
  check(item: ListItem, paragraph: Paragraph, section: string[]): string | null {
    const text = plainText(inlineContent(paragraph.children));
    if (text === '') return null;
    const place = this.place(null, item.position?.start, section);
    return this.add({ ...place, type: 'check', title: text, text }, null);
  }

  /** The step a fence is, or null when its language makes none or it is broken. */
  fence(code: Code, section: string[]): string | null {
    const language = (code.lang ?? '').toLowerCase();
    const isCommand = COMMAND_LANGUAGES.includes(language);
    if (!isCommand && language !== PROBE_LANGUAGE) return null;
    const start = code.position?.start ?? { line: 1, column: 1 };
    const infoAt = fenceInfoPlacement(
      this.source,
      start.line,
      start.column,
      code.lang ?? '',
      code.meta ?? '',
    );
    const content = code.value.replace(/\r\n?/g, '\n');
    const contentPlacement = new BlockPlacement(this.source, start.line + 1, content);
    const contentAt = (offset: number) => contentPlacement.at(offset);
    const problemsBefore = this.problems.length;
    const read = readFenceAttributes(code.meta);
    if (!read.ok) {
      this.report(infoAt(read.offset), read.message);
      this.noteBroken(start.line);
      return null;
    }
    return isCommand
      ? this.command(code, language, content, read.attributes, infoAt, contentAt, section, problemsBefore)
      : this.probe(content, read.attributes, infoAt, contentAt, section, start, problemsBefore);
  }

  private command(
    code: Code,
    language: string,
    script: string,
    attributes: FenceAttribute[],
    infoAt: (offset: number) => SourcePosition,
    contentAt: (offset: number) => SourcePosition,
    section: string[],
    problemsBefore: number,
  ): string | null {
    const { settings, problems, byName } = readCommandAttributes(attributes, this.strict);
    for (const problem of problems) this.report(infoAt(problem.offset), problem.message);
    const name = this.claimName(settings.name, byName.get('name'), infoAt);
    const place = this.place(name, code.position?.start, section);
    const { name: _, only, except, ...command } = settings;
    const step: RunbookStep = {
      ...place,
      only,
      except,
      type: 'command',
      title: name ?? commandTitle(script, place.id),
      language,
      script,
      ...command,
    };
    const at = (attribute: string) => {
      const found = byName.get(attribute);
      return found ? infoAt(found.valueOffset) : place;
    };
    const envValue = byName.get('env');
    return this.add(this.problems.length === problemsBefore ? step : null, {
      line: place.line,
      name,
      producesOutput: name !== null,
      rollback: settings.rollback ? { name: settings.rollback, at: at('rollback') } : null,
      environments: [
        { names: only, at: at('only') },
        { names: except, at: at('except') },
      ],
      substituted: [
        { text: script, at: contentAt, shell: true },
        ...(envValue
          ? [
              {
                text: envValue.valueSource,
                at: (offset: number) => infoAt(envValue.valueOffset + offset),
                shell: false,
              },
            ]
          : []),
      ],
      ownNames: Object.keys(settings.env),
    });
  }

  private probe(
    content: string,
    attributes: FenceAttribute[],
    infoAt: (offset: number) => SourcePosition,
    contentAt: (offset: number) => SourcePosition,
    section: string[],
    start: { line: number; column: number },
    problemsBefore: number,
  ): string | null {
    for (const attribute of attributes) {
      if ((WARROOM_ATTRIBUTES as readonly string[]).includes(attribute.name)) {
        this.report(
          infoAt(attribute.nameOffset),
          `a probe's "${attribute.name}" goes in its YAML, not in the fence's attributes`,
        );
      } else if (this.strict && !isRunmeAttribute(attribute.name)) {
        this.report(infoAt(attribute.nameOffset), unknownAttributeMessage(attribute.name));
      }
    }
    const read = readProbeBlock(content);
    for (const problem of read.problems) this.report(contentAt(problem.offset), problem.message);
    const settings = read.settings;
    const name = this.claimName(settings?.name ?? null, undefined, contentAt, read.nameOffset);
    const place = this.place(name, start, section);
    const environments = [
      { names: settings?.only ?? [], at: read.onlyOffset === null ? place : contentAt(read.onlyOffset) },
      {
        names: settings?.except ?? [],
        at: read.exceptOffset === null ? place : contentAt(read.exceptOffset),
      },
    ];
    const note: Omit<StepNote, 'step'> = {
      line: place.line,
      name,
      producesOutput: false,
      rollback: null,
      environments,
      substituted: read.substituted.map(({ offset, source }) => ({
        text: source,
        at: (inner: number) => contentAt(offset + inner),
        shell: false,
      })),
      ownNames: [],
    };
    if (!settings || this.problems.length !== problemsBefore) return this.add(null, note);
    const { name: _, only, except, probe, ...timing } = settings;
    return this.add(
      { ...place, only, except, type: 'probe', title: name ?? probeTitle(probe), probe, ...timing },
      note,
    );
  }

  /** The step's name, unless an earlier step has it: names must be unique to be referred to. */
  private claimName(
    name: string | null,
    attribute: FenceAttribute | undefined,
    at: (offset: number) => SourcePosition,
    offset: number | null = null,
  ): string | null {
    if (name === null) return null;
    const position = at(attribute ? attribute.valueOffset : (offset ?? 0));
    const earlier = this.namedAt.get(name);
    if (earlier !== undefined) {
      this.report(
        position,
        `step name "${name}" is already used by the step on line ${earlier}; step names are unique`,
      );
      return name;
    }
    this.namedAt.set(name, position.line);
    return name;
  }

  private place(name: string | null, start: { line: number; column: number } | undefined, section: string[]) {
    const position = this.source.clamp(start?.line ?? 1, start?.column ?? 1);
    const id = name ?? `step-${this.notes.length + 1}`;
    return { id, name, ...position, section: [...section], only: [] as string[], except: [] as string[] };
  }

  private add(step: RunbookStep | null, note: Omit<StepNote, 'step'> | null): string | null {
    const line = step?.line ?? note?.line ?? 1;
    this.notes.push({
      step,
      line,
      name: note?.name ?? null,
      producesOutput: note?.producesOutput ?? false,
      rollback: note?.rollback ?? null,
      environments: note?.environments ?? [],
      substituted: note?.substituted ?? [],
      ownNames: note?.ownNames ?? [],
    });
    return step?.id ?? null;
  }

  /** A step whose attributes cannot be read: it still takes its number in `step-N`. */
  private noteBroken(line: number): void {
    this.add(null, {
      line,
      name: null,
      producesOutput: false,
      rollback: null,
      environments: [],
      substituted: [],
      ownNames: [],
    });
  }

  private report(position: SourcePosition, message: string): void {
    this.problems.push({ file: this.file, ...position, message });
  }
}
