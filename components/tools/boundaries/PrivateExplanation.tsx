/** What comparing in private does, what the partner sees, and its limits, in plain words (issue 24). */
export function PrivateExplanation() {
  return (
    <div class="explain">
      <p>Find out what you both want, without showing each other the rest of your lists.</p>
      <h4>How it works</h4>
      <ol>
        <li>
          One of you presses <strong>Start</strong> and sends the code Tend makes.
        </li>
        <li>The other pastes it into Tend and sends back a reply code.</li>
        <li>The first person pastes the reply. They see what you have in common, and send one last code.</li>
        <li>The second person pastes the last code and sees the same things.</li>
      </ol>
      <p>You send the codes yourselves, in a chat or as a file. Tend sends nothing anywhere.</p>
      <h4>What your partner will see</h4>
      <ul>
        <li>The things you both marked Yes or Maybe, and which of those you both marked Yes.</li>
        <li>If one of you said Yes and the other said Maybe, the one who said Yes will know the other said Maybe.</li>
        <li>A number that grows with your answers: each Maybe counts once and each Yes counts twice.</li>
      </ul>
      <p>
        They will not see your No answers, your notes, your “curious” marks, answers you have not checked yet, or
        anything only you marked (unless they marked everything, or guessed the words of your own items).
      </p>
      <h4>Good to know</h4>
      <ul>
        <li>
          If your partner marks everything Yes or Maybe, they will learn all of your Yes and Maybe answers. Tend shows
          how many entries their code holds, so you can notice this.
        </li>
        <li>
          Tend trusts you both. Either of you could change a code so that the other sees fewer things in common, or sees
          a few of their own answers as shared when they are not. The person who starts sees the result first and could
          stop there. Tend cannot tell when this happens, so do this with someone you trust, and talk it through.
        </li>
        <li>
          If someone else swaps a code in your chat, Tend cannot tell, and if they marked everything they learn all your
          Yes and Maybe answers. Use a chat only the two of you can see.
        </li>
        <li>
          Anyone else who reads the codes learns only how many entries each of you sent. Not what they are, and not what
          you have in common.
        </li>
        <li>
          Your own items only match if you both wrote the same words. Write them so they read the same for both of you,
          like “Spanking”, not “Spanking me”. An item with no letters or numbers is left out.
        </li>
        <li>Each time you answer a code, the person who sent it learns what you have in common at that time.</li>
        <li>If Tend locks or the browser closes before you finish, start again together.</li>
        <li>A “yes” here is a place to start talking. It still needs a yes in the moment.</li>
      </ul>
    </div>
  );
}
