// A Stryker ignorer: mutants inside the wording of an error message are not generated.
//
// `ErrorCodes` states the contract: "Codes are stable: callers may branch on them. Messages may be
// reworded between versions; codes may not." A mutant that only rewords an error message (or the
// message of one of its issues) is therefore equivalent with respect to the contract; the tests pin
// the code, the issue path and the rule id instead. Findings' messages (results, not errors) are
// still mutated: they are output.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

/** The functions whose argument at the given index is an options object whose named property is error-message text. */
const MESSAGE_OPTIONS = new Map([
  ['requireInForce', [1, 'what']], // budgets: requireInForce(step, { parameterId, date, path, what }): `what` names the regime in NOT_IN_FORCE's message
]);

/** The functions whose argument at the given index is error-message text. */
const MESSAGE_ARGUMENTS = new Map([
  ['PbcError', 1], // new PbcError(code, message, options)
  ['fieldError', 2], // fieldError(code, path, message, rule)
  ['issue', 1], // budgets: issue(path, message, rule, code)
  ['parseInput', 2], // parseInput(schema, input, what, code): `what` names the input in the message
  ['parseReadinessInput', 2],
  ['issuesError', 1], // readiness: issuesError(code, what, issues)
  ['throwIfIssues', 1],
  ['raiseIssues', 1],
]);

function calleeName(node) {
  const callee = node.callee;
  if (callee?.type === 'Identifier') return callee.name;
  if (callee?.type === 'MemberExpression' && callee.property?.type === 'Identifier') return callee.property.name;
  return undefined;
}

function keyName(property) {
  const key = property.key;
  if (key?.type === 'Identifier') return key.name;
  if (key?.type === 'StringLiteral') return key.value;
  return undefined;
}

/** Whether an object literal is an issue: in an `issues` list, pushed onto an issues list, or given to addIssue. */
function isIssueObject(path) {
  const parent = path.parentPath;
  if (parent === null || parent === undefined) return false;
  if (parent.node.type === 'ArrayExpression') {
    const holder = parent.parentPath?.node;
    return holder?.type === 'ObjectProperty' && keyName(holder) === 'issues';
  }
  if (parent.node.type === 'CallExpression' && parent.node.arguments.includes(path.node)) {
    const name = calleeName(parent.node);
    if (name === 'addIssue') return true;
    const callee = parent.node.callee;
    if (name === 'push' && callee.type === 'MemberExpression' && callee.object.type === 'Identifier') return /issues/i.test(callee.object.name);
  }
  return false;
}

/** Whether the node at `path` lies within the text of an error message (stops at statements and functions). */
function inErrorMessage(path) {
  for (let current = path; current?.parentPath; current = current.parentPath) {
    const { node } = current;
    const parent = current.parentPath.node;
    if (parent.type === 'NewExpression' || parent.type === 'CallExpression') {
      const index = MESSAGE_ARGUMENTS.get(calleeName(parent));
      if (index !== undefined && parent.arguments[index] === node) return true;
    }
    if (parent.type === 'ObjectProperty' && parent.value === node && keyName(parent) === 'message' && isIssueObject(current.parentPath.parentPath)) return true;
    if (parent.type === 'ObjectProperty' && parent.value === node) {
      const call = current.parentPath.parentPath?.parentPath?.node;
      const option = call?.type === 'CallExpression' ? MESSAGE_OPTIONS.get(calleeName(call)) : undefined;
      if (option !== undefined && call.arguments[option[0]] === current.parentPath.parentPath.node && keyName(parent) === option[1]) return true;
    }
    if (/Statement$|Declaration$|Function|ArrowFunctionExpression/.test(node.type)) return false;
  }
  return false;
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'error-message-text', {
    shouldIgnore(path) {
      return inErrorMessage(path) ? 'The wording of an error message is not part of the contract (ErrorCodes: "Messages may be reworded between versions; codes may not").' : undefined;
    },
  }),
];
