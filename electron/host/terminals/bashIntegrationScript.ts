import { MAX_MARK_FIELD_CHARS, SHELL_MARK_NONCE_VARIABLE, SHELL_MARK_OSC } from './shellMarks';

/** A template read verbatim, where \${ stands for bash's own ${ and ${...} inserts a value. */
function bash(template: TemplateStringsArray, ...values: Array<string | number>): string {
  return String.raw({ raw: template.raw.map((part) => part.replaceAll('\\${', '${')) }, ...values);
}

/**
 * What bash reads through --rcfile in place of ~/.bashrc (the marks are described in
 * shellMarks.ts). Bash 4.4 or later, with prompt expansion on (its default); older or otherwise,
 * it reads the user's startup files and reports nothing.
 */
export const BASH_INTEGRATION_SCRIPT = bash`# Warroom's shell integration for bash, read through --rcfile in place of ~/.bashrc. It reads the
# startup files an interactive bash reads, then marks on the terminal where each command line
# starts and what it says, where it ends and with what status, and the working directory.
# A mark is ESC ] ${SHELL_MARK_OSC} ; <nonce> ; <kind> [; <field>] BEL, written to stderr like the prompt.

__warroom_nonce=\${${SHELL_MARK_NONCE_VARIABLE}-}
builtin unset ${SHELL_MARK_NONCE_VARIABLE}

# Everything is defined before the user's files are read, so their aliases cannot change it.

# Backslash, ';' and control characters become \\, \x3b and \xHH: a field can neither end its
# mark nor split it.
__warroom_escape() {
  local text=$1 code
  text=\${text//"\\"/"\\\\"}
  text=\${text//";"/"\\x3b"}
  if [[ $text == *[[:cntrl:]]* ]]; then
    for code in "\${!__warroom_control_chars[@]}"; do
      text=\${text//"\${__warroom_control_chars[code]}"/"\\x\${__warroom_control_hex[code]}"}
    done
  fi
  __warroom_escaped=$text
}

# $1 the kind, $2 the field if any, cut so that the mark stays short.
__warroom_mark() {
  if (( $# > 1 )); then
    __warroom_escape "\${2:0:${MAX_MARK_FIELD_CHARS}}"
    builtin printf '\e]${SHELL_MARK_OSC};%s;%s;%s\a' "$__warroom_nonce" "$1" "$__warroom_escaped"
  else
    builtin printf '\e]${SHELL_MARK_OSC};%s;%s\a' "$__warroom_nonce" "$1"
  fi
}

# In PS0's subshell, once a line is read and before it runs: $1 is the status of the command
# before it and $2 whether that one is still open (a pasted line runs several commands without a
# prompt between them); $3 whether this line went into history, which then holds its exact text.
__warroom_line_starts() {
  builtin trap - DEBUG # inherited under functrace, it would write into what we read here
  (( $2 )) && __warroom_mark done "$1"
  if (( $3 )); then
    local entry number='^ *[0-9]+\*?  '
    entry=$(HISTTIMEFORMAT='' builtin history 1)
    [[ $entry =~ $number ]] && entry=\${entry:\${#BASH_REMATCH[0]}}
    __warroom_mark exec "$entry"
  else
    # Kept out of history (a repeat, a leading space, history off): the DEBUG trap names it.
    __warroom_mark exec
  fi
}

# First in PROMPT_COMMAND, so $? is still the status of the line that ran.
__warroom_prompt_hook() {
  local status=$?
  if (( __warroom_running )); then
    __warroom_mark done "$status" >&2
    __warroom_running=0
  fi
  __warroom_needs_line=0
  __warroom_history_seen=\${HISTCMD-}
  if [[ $PWD != "$__warroom_cwd" ]]; then
    __warroom_cwd=$PWD
    __warroom_mark cwd "$PWD" >&2
  fi
  # Put back if the user has set PS0 since.
  [[ \${PS0-} == *"$__warroom_ps0"* ]] || PS0+=$__warroom_ps0
  return "$status"
}

# Before each command (of the prompt's level, or also in functions under functrace). For a line
# kept out of history, its first command at the prompt's level, as bash prints it, names it.
__warroom_on_debug() {
  local status=$?
  if (( __warroom_needs_line && \${#FUNCNAME[@]} == 1 )) && [[ $BASH_COMMAND != *__warroom_prompt_hook* ]]; then
    __warroom_needs_line=0
    __warroom_mark line "$BASH_COMMAND" >&2
  fi
  # The user's DEBUG trap runs next and sees $? unchanged; alone, ours lets the command run
  # (under extdebug a non-zero status would skip it).
  (( __warroom_user_trap )) && return "$status"
  return 0
}

# $1: the user's DEBUG trap as trap -p prints it (read here, a function would see none).
__warroom_install() {
  # PS0 arrived in bash 4.4, and it runs our code only through prompt expansion.
  (( BASH_VERSINFO[0] > 4 || (BASH_VERSINFO[0] == 4 && BASH_VERSINFO[1] >= 4) )) || return
  builtin shopt -q promptvars && [[ -n $__warroom_nonce ]] || return
  local code
  for code in {1..31} 127; do
    builtin printf -v '__warroom_control_hex[code]' '%02x' "$code"
    builtin printf -v '__warroom_control_chars[code]' "\\x\${__warroom_control_hex[code]}"
  done
  __warroom_running=0 __warroom_needs_line=0 __warroom_history_seen=\${HISTCMD-} __warroom_cwd=''
  # Runs in the shell itself as PS0 expands: hands the subshell the state it needs, then records
  # (through an array subscript, which expands to nothing) that a line runs and whether its text
  # must come from the DEBUG trap.
  __warroom_ps0='$(__warroom_line_starts "$?" "$__warroom_running" "$((HISTCMD > __warroom_history_seen))")\${__warroom_void[__warroom_needs_line = HISTCMD <= __warroom_history_seen, __warroom_history_seen = HISTCMD, __warroom_running = 1]-}'
  PS0=\${PS0-}$__warroom_ps0
  # Named through a variable: when PROMPT_COMMAND is exported, a nested shell without our
  # functions expands this to nothing instead of failing at every prompt.
  __warroom_prompt_hook_name=__warroom_prompt_hook
  if [[ $(builtin declare -p PROMPT_COMMAND 2>/dev/null) == 'declare -a'* ]]; then
    PROMPT_COMMAND=('\${__warroom_prompt_hook_name-}' "\${PROMPT_COMMAND[@]}")
  else
    PROMPT_COMMAND='\${__warroom_prompt_hook_name-}'\${PROMPT_COMMAND:+$'\n'$PROMPT_COMMAND}
  fi
  # trap -p quotes the user's trap for reuse; ours runs first and keeps $? and $_ for it.
  local -a user_trap
  builtin eval "user_trap=($1)"
  __warroom_user_trap=$(( \${#user_trap[2]} > 0 ))
  builtin trap "__warroom_on_debug \"\$_\"\${user_trap[2]:+$'\n'\${user_trap[2]}}" DEBUG
}

# What an interactive bash reads when no --rcfile is given.
[ -r /etc/bash.bashrc ] && . /etc/bash.bashrc
[ -r ~/.bashrc ] && . ~/.bashrc

__warroom_install "$(builtin trap -p DEBUG)"
builtin unset -f __warroom_install
`;
