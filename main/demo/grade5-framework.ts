/**
 * "Proficio Grade 5 Mathematics (demo)": a small framework the project wrote for its demo gradebook.
 * The codes and the topics follow the usual grade 5 mathematics outline (codes and topics are facts);
 * every statement is Proficio's own wording, not a copy of any published standard.
 */

export type FrameworkItem = { code: string; statement: string; abbreviated: string };
/** A standard a learner can show evidence on; `topic` reads well inside a sentence ("Exit ticket: …"). */
export type BuiltInStandard = FrameworkItem & { topic: string };
export type TeachingUnit = { title: string; project: string; standards: readonly string[] };

export const grade5Framework = {
  title: 'Proficio Grade 5 Mathematics (demo)',
  creator: 'Proficio',
  publisher: 'Proficio (demo content)',
  version: '1.0',
  subject: 'Mathematics',
  gradeLevels: ['05'],
} as const;

export const grade5Domains: readonly FrameworkItem[] = [
  { code: '5.OA', statement: 'Operations and Algebraic Thinking', abbreviated: 'Expressions and patterns' },
  { code: '5.NBT', statement: 'Number and Operations in Base Ten', abbreviated: 'Place value and computation' },
  { code: '5.NF', statement: 'Number and Operations — Fractions', abbreviated: 'Fractions' },
  { code: '5.MD', statement: 'Measurement and Data', abbreviated: 'Measurement and data' },
  { code: '5.G', statement: 'Geometry', abbreviated: 'Geometry' },
];

export const grade5Clusters: readonly FrameworkItem[] = [
  { code: '5.OA.A', statement: 'Use grouping symbols and order to build, evaluate and describe numerical expressions.', abbreviated: 'Numerical expressions' },
  { code: '5.OA.B', statement: 'Generate number patterns from rules and describe how the terms of two patterns relate.', abbreviated: 'Patterns and relationships' },
  { code: '5.NBT.A', statement: 'Explain how the value of a digit depends on its place, in whole numbers and in decimals.', abbreviated: 'Place value' },
  { code: '5.NBT.B', statement: 'Compute accurately with multi-digit whole numbers and with decimals to hundredths.', abbreviated: 'Computation' },
  { code: '5.NF.A', statement: 'Add and subtract fractions whose denominators differ.', abbreviated: 'Adding and subtracting fractions' },
  { code: '5.NF.B', statement: 'Stretch what multiplication and division mean so that they work with fractions.', abbreviated: 'Multiplying and dividing fractions' },
  { code: '5.MD.A', statement: 'Change a measurement from one unit to another within the same system.', abbreviated: 'Unit conversion' },
  { code: '5.MD.B', statement: 'Display measurement data on line plots and reason about it.', abbreviated: 'Line plots' },
  { code: '5.MD.C', statement: 'Understand volume and connect it to multiplying and adding.', abbreviated: 'Volume' },
  { code: '5.G.A', statement: 'Locate and plot points on a coordinate grid to model and solve problems.', abbreviated: 'Coordinate grid' },
  { code: '5.G.B', statement: 'Sort two-dimensional shapes into categories by what is true of them.', abbreviated: 'Shape categories' },
];

export const grade5Standards: readonly BuiltInStandard[] = [
  {
    code: '5.OA.A.1',
    statement: 'Find the value of a numerical expression with parentheses, brackets or braces, working out the grouped parts first.',
    abbreviated: 'Grouping symbols',
    topic: 'grouping symbols in expressions',
  },
  {
    code: '5.OA.A.2',
    statement:
      'Turn a calculation described in words into a numerical expression, and read an expression for what it means without evaluating it — for instance, seeing that 4 × (25 + 7) is four times the sum 25 + 7.',
    abbreviated: 'Writing expressions',
    topic: 'writing and reading expressions',
  },
  {
    code: '5.OA.B.3',
    statement:
      'Build two number patterns from two rules, pair up their matching terms, describe how the pairs relate, and plot the pairs on a coordinate grid.',
    abbreviated: 'Related patterns',
    topic: 'related number patterns',
  },
  {
    code: '5.NBT.A.1',
    statement: "Describe how moving a digit one place to the left multiplies its value by ten, and moving it one place to the right divides it by ten.",
    abbreviated: 'The ×10 pattern',
    topic: 'place value and the ×10 pattern',
  },
  {
    code: '5.NBT.A.2',
    statement:
      'Predict and explain how many zeros a product gains, and where the decimal point moves, when a number is multiplied or divided by a power of ten; write powers of ten with exponents.',
    abbreviated: 'Powers of ten',
    topic: 'powers of ten',
  },
  {
    code: '5.NBT.A.3',
    statement: 'Read and write decimals to thousandths in digits, in words and in expanded form, and compare two such decimals with >, = and <.',
    abbreviated: 'Reading and comparing decimals',
    topic: 'reading and comparing decimals',
  },
  {
    code: '5.NBT.A.4',
    statement: 'Round a decimal to a chosen place by deciding which of the two nearest values it is closer to.',
    abbreviated: 'Rounding decimals',
    topic: 'rounding decimals',
  },
  {
    code: '5.NBT.B.5',
    statement: 'Multiply multi-digit whole numbers correctly and efficiently with the standard algorithm.',
    abbreviated: 'Multi-digit multiplication',
    topic: 'multi-digit multiplication',
  },
  {
    code: '5.NBT.B.6',
    statement:
      'Divide whole numbers of up to four digits by two-digit divisors with strategies built on place value, the properties of operations or the link between multiplying and dividing, and show the thinking with equations, arrays or area models.',
    abbreviated: 'Two-digit divisors',
    topic: 'dividing by two-digit numbers',
  },
  {
    code: '5.NBT.B.7',
    statement:
      'Add, subtract, multiply and divide decimals to hundredths using models, drawings and place-value strategies, and explain how the written steps follow the strategy.',
    abbreviated: 'Decimal operations',
    topic: 'operations with decimals',
  },
  {
    code: '5.NF.A.1',
    statement: 'Add and subtract fractions and mixed numbers with different denominators by first rewriting them as equivalent fractions with a shared denominator.',
    abbreviated: 'Unlike denominators',
    topic: 'equivalent fractions',
  },
  {
    code: '5.NF.A.2',
    statement:
      'Solve word problems that add or subtract parts of the same whole, and check whether an answer makes sense by comparing it with benchmark fractions such as one half.',
    abbreviated: 'Fraction word problems',
    topic: 'fraction word problems',
  },
  {
    code: '5.NF.B.3',
    statement: 'Explain a fraction a/b as a divided by b, and solve fair-sharing problems whose answers are fractions or mixed numbers.',
    abbreviated: 'Fractions as division',
    topic: 'fractions as division',
  },
  {
    code: '5.NF.B.4',
    statement: 'Multiply a fraction by a whole number or by another fraction, and find the area of a rectangle with fractional sides by tiling it or by multiplying.',
    abbreviated: 'Multiplying fractions',
    topic: 'multiplying fractions',
  },
  {
    code: '5.NF.B.5',
    statement: 'Think of multiplying as resizing: tell whether a product will be larger or smaller than one factor by comparing the other factor with 1.',
    abbreviated: 'Multiplication as scaling',
    topic: 'multiplication as scaling',
  },
  {
    code: '5.NF.B.6',
    statement: 'Solve everyday problems that multiply fractions and mixed numbers, showing the work with a model or an equation.',
    abbreviated: 'Fraction multiplication problems',
    topic: 'fraction multiplication in context',
  },
  {
    code: '5.NF.B.7',
    statement: 'Divide a unit fraction by a whole number and a whole number by a unit fraction, and solve problems that need this, with models and equations.',
    abbreviated: 'Dividing unit fractions',
    topic: 'dividing with unit fractions',
  },
  {
    code: '5.MD.A.1',
    statement: 'Convert between larger and smaller units of one measurement system and use the conversions in problems with several steps.',
    abbreviated: 'Converting units',
    topic: 'converting units',
  },
  {
    code: '5.MD.B.2',
    statement: 'Make a line plot of measurements given in fractions of a unit and answer questions about the data with fraction operations.',
    abbreviated: 'Line plots with fractions',
    topic: 'line plots with fractions',
  },
  {
    code: '5.MD.C.3',
    statement: 'Explain volume as the amount of space a solid takes up, measured by how many unit cubes fill it with no gaps or overlaps.',
    abbreviated: 'What volume measures',
    topic: 'what volume measures',
  },
  {
    code: '5.MD.C.4',
    statement: 'Find volumes by counting unit cubes, in cubic centimetres, cubic inches, cubic feet or units the class invents.',
    abbreviated: 'Counting cubes',
    topic: 'counting cubes for volume',
  },
  {
    code: '5.MD.C.5',
    statement:
      'Link volume to multiplication and addition: use V = l × w × h and V = B × h for right rectangular prisms, and add the volumes of prisms that do not overlap.',
    abbreviated: 'Volume formulas',
    topic: 'volume formulas',
  },
  {
    code: '5.G.A.1',
    statement: 'Describe a coordinate grid as two perpendicular number lines crossing at the origin, where an ordered pair says how far to go along each axis.',
    abbreviated: 'The coordinate grid',
    topic: 'the coordinate grid',
  },
  {
    code: '5.G.A.2',
    statement: 'Plot points in the first quadrant to represent real situations and problems, and explain what the coordinates mean there.',
    abbreviated: 'Graphing to solve problems',
    topic: 'graphing points to solve problems',
  },
  {
    code: '5.G.B.3',
    statement:
      'Recognise that whatever is true of every shape in a category is true of every shape in its subcategories — every rhombus is a parallelogram, so its opposite sides are parallel.',
    abbreviated: 'Properties of categories',
    topic: 'properties shared by shape categories',
  },
  {
    code: '5.G.B.4',
    statement: 'Arrange two-dimensional figures in a hierarchy of categories according to their properties.',
    abbreviated: 'Classifying shapes',
    topic: 'classifying two-dimensional shapes',
  },
];

/** [standard, its prerequisite]: the prerequisite comes first. Every edge points back in `grade5Units` order. */
export const grade5Prerequisites: readonly (readonly [string, string])[] = [
  ['5.NBT.A.2', '5.NBT.A.1'],
  ['5.NBT.A.3', '5.NBT.A.1'],
  ['5.NBT.A.4', '5.NBT.A.3'],
  ['5.NBT.B.6', '5.NBT.B.5'],
  ['5.OA.A.2', '5.OA.A.1'],
  ['5.NF.A.2', '5.NF.A.1'],
  ['5.MD.B.2', '5.NF.A.1'],
  ['5.NF.B.3', '5.NBT.B.6'],
  ['5.NF.B.4', '5.NF.A.1'],
  ['5.NF.B.5', '5.NF.B.4'],
  ['5.NF.B.6', '5.NF.B.4'],
  ['5.NF.B.6', '5.NF.B.5'],
  ['5.NF.B.7', '5.NF.B.3'],
  ['5.NF.B.7', '5.NF.B.4'],
  ['5.NBT.B.7', '5.NBT.A.3'],
  ['5.NBT.B.7', '5.NBT.A.2'],
  ['5.MD.A.1', '5.NBT.A.2'],
  ['5.MD.C.4', '5.MD.C.3'],
  ['5.MD.C.5', '5.MD.C.4'],
  ['5.MD.C.5', '5.NBT.B.5'],
  ['5.G.A.2', '5.G.A.1'],
  ['5.OA.B.3', '5.G.A.1'],
  ['5.G.B.4', '5.G.B.3'],
];

/** The year's teaching order; a class tracks the standards in this order. */
export const grade5Units: readonly TeachingUnit[] = [
  { title: 'Place value and decimals', project: 'Decimal menu project', standards: ['5.NBT.A.1', '5.NBT.A.2', '5.NBT.A.3', '5.NBT.A.4'] },
  { title: 'Multiplying and dividing whole numbers', project: 'Field trip budget project', standards: ['5.NBT.B.5', '5.NBT.B.6'] },
  { title: 'Expressions', project: 'Expression card game', standards: ['5.OA.A.1', '5.OA.A.2'] },
  { title: 'Adding and subtracting fractions', project: 'Fraction project', standards: ['5.NF.A.1', '5.NF.A.2', '5.MD.B.2'] },
  {
    title: 'Multiplying and dividing fractions',
    project: 'Recipe scaling project',
    standards: ['5.NF.B.3', '5.NF.B.4', '5.NF.B.5', '5.NF.B.6', '5.NF.B.7'],
  },
  { title: 'Decimal operations and measurement', project: 'Class store project', standards: ['5.NBT.B.7', '5.MD.A.1'] },
  { title: 'Volume', project: 'Design-a-box project', standards: ['5.MD.C.3', '5.MD.C.4', '5.MD.C.5'] },
  {
    title: 'Coordinate grid and shapes',
    project: 'Treasure map project',
    standards: ['5.G.A.1', '5.G.A.2', '5.OA.B.3', '5.G.B.3', '5.G.B.4'],
  },
];
